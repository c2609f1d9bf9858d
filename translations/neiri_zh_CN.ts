<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AsrPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1296"/>
        <source>Speech recognition</source>
        <translation>语音识别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1297"/>
        <source>Turning what you say into text (Whisper, on this computer).</source>
        <translation>把你说的话转成文字（Whisper，在本机运行）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1300"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1307"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1303"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1304"/>
        <source>Use a Whisper model folder (CTranslate2 format)</source>
        <translation>使用 Whisper 模型文件夹（CTranslate2 格式）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1309"/>
        <source>The character&apos;s language</source>
        <translation>角色的语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1311"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1313"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1316"/>
        <source>Runs on</source>
        <translation>运行设备</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1324"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1333"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1334"/>
        <source>CPU threads</source>
        <translation>CPU 线程数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1335"/>
        <source>Beam size</source>
        <translation>束宽</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1340"/>
        <source>Choose a Whisper model folder</source>
        <translation>选择 Whisper 模型文件夹</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1119"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1120"/>
        <source>Which microphone Neiri listens to and where her voice plays.</source>
        <translation>Neiri 使用哪个麦克风收音，以及她的声音从哪里播放。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1123"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1124"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1139"/>
        <source>Looking for audio devices…</source>
        <translation>正在查找音频设备…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1126"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1127"/>
        <source>Look for audio devices again</source>
        <translation>重新查找音频设备</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1131"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1137"/>
        <source>Speak: the bar should move.</source>
        <translation>说句话：音量条应该会动。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1138"/>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1141"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1142"/>
        <source>Play a short sound on this device</source>
        <translation>在此设备上播放一段短音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1146"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1159"/>
        <source>Speakers</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1157"/>
        <source>Listening</source>
        <translation>聆听</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1159"/>
        <source>Headphones</source>
        <translation>耳机</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1162"/>
        <source>You use</source>
        <translation>你使用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1165"/>
        <source>Microphone gain</source>
        <translation>麦克风增益</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1167"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1217"/>
        <source> dB</source>
        <translation> 分贝</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1171"/>
        <source>Speech threshold</source>
        <translation>语音阈值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1177"/>
        <source>Pause that ends a sentence</source>
        <translation>断句停顿</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1179"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1187"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1199"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1205"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1182"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1185"/>
        <source>Block length</source>
        <translation>块长度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1191"/>
        <source>End-of-speech threshold</source>
        <translation>语音结束阈值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1197"/>
        <source>Shortest speech</source>
        <translation>最短语音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1203"/>
        <source>Pre-roll</source>
        <translation>预录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1209"/>
        <source>Longest utterance</source>
        <translation>最长语句</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1211"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1215"/>
        <source>Speakers margin</source>
        <translation>扬声器余量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1237"/>
        <source>No audio devices found</source>
        <translation>未找到音频设备</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1240"/>
        <source>{name} (not available)</source>
        <translation>{name}（不可用）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1254"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1256"/>
        <source>System default ({name})</source>
        <translation>系统默认（{name}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1262"/>
        <source>{api}, device {index}</source>
        <translation>{api}，设备 {index}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1269"/>
        <source>{name} (not connected)</source>
        <translation>{name}（未连接）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1275"/>
        <source>PortAudio reports no audio devices on this computer.</source>
        <translation>PortAudio 报告本机没有音频设备。</translation>
    </message>
</context>
<context>
    <name>AvatarPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1945"/>
        <source>Avatar</source>
        <translation>形象</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1945"/>
        <source>The animated figure on screen and in OBS.</source>
        <translation>屏幕上和 OBS 中的动画形象。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1949"/>
        <source>&lt;b&gt;Avatar settings arrive with the avatar.&lt;/b&gt;&lt;br&gt;&lt;br&gt;The model, expressions, lip-sync and the desktop-pet mode will be set up here once the avatar part of Neiri is installed. Until then there is nothing to change, and nothing here is hidden from you.</source>
        <translation>&lt;b&gt;形象设置将随形象功能一起提供。&lt;/b&gt;&lt;br&gt;&lt;br&gt;安装 Neiri 的形象组件后，可以在这里设置模型、表情、口型同步和桌面宠物模式。在此之前没有可更改的内容，这里也没有对你隐藏任何东西。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1959"/>
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
        <location filename="../ui/dialogs/settings_pages.py" line="1649"/>
        <source>the emotion {tag!r} is listed twice</source>
        <translation>情绪 {tag!r} 重复列出</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1690"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1699"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1691"/>
        <source>Who Neiri plays: her persona and how her emotions show on the avatar.</source>
        <translation>Neiri 扮演谁：她的人设，以及情绪如何体现在形象上。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1702"/>
        <source>Plays</source>
        <translation>扮演</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1707"/>
        <source>Persona</source>
        <translation>人设</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1712"/>
        <source>The instructions that define her, sent to the language model.</source>
        <translation>定义她的指令，会发送给语言模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1726"/>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1732"/>
        <source>Each emotion tag the model may write, and the avatar expression it shows.</source>
        <translation>模型可能输出的每个情绪标签，以及形象对应显示的表情。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1738"/>
        <source>Emotion tag</source>
        <translation>情绪标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1738"/>
        <source>Avatar expression</source>
        <translation>形象表情</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1747"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1749"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1815"/>
        <source>This character could not be loaded: {error}</source>
        <translation>无法加载此角色：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1827"/>
        <source>Your copy: {path}</source>
        <translation>你的副本：{path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1829"/>
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
        <location filename="../ui/dialogs/wizard.py" line="1167"/>
        <source>Set up Neiri</source>
        <translation>设置 Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1173"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1174"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1175"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1176"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1199"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1200"/>
        <location filename="../ui/dialogs/wizard.py" line="1631"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1201"/>
        <source>Your computer</source>
        <translation>你的电脑</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1202"/>
        <location filename="../ui/dialogs/wizard.py" line="1632"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1203"/>
        <source>Hearing and voice</source>
        <translation>听觉与声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1204"/>
        <source>All set</source>
        <translation>全部就绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1264"/>
        <source>Your settings were not saved: {reason}</source>
        <translation>设置未保存：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1269"/>
        <source>Your settings could not be saved to {path}: {reason}</source>
        <translation>无法将设置保存到 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1362"/>
        <source>The bundled model works on any computer.</source>
        <translation>自带的模型在任何电脑上都能运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1364"/>
        <source>The smallest model is the safe choice when the computer is unknown.</source>
        <translation>无法了解电脑配置时，最小的模型最稳妥。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1441"/>
        <source>Stopped. Downloading {model} again continues where it stopped.</source>
        <translation>已停止。再次下载 {model} 会从中断处继续。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1458"/>
        <source>Ollama stopped before {model} was ready.</source>
        <translation>Ollama 在 {model} 就绪前停止了。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1519"/>
        <source>Loading it once to be sure it works…</source>
        <translation>正在试加载一次，确认可以正常使用…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1527"/>
        <source>Not downloaded.</source>
        <translation>未下载。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1541"/>
        <source>Stopped. What was downloaded is kept; Download continues it.</source>
        <translation>已停止。已下载的部分会保留，点“下载”即可继续。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1593"/>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1594"/>
        <source>None: Neiri works with typed messages</source>
        <translation>无：Neiri 将通过文字消息交流</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1595"/>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1599"/>
        <source>{model} in Ollama at {url}</source>
        <translation>{model}（Ollama，{url}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1603"/>
        <source>{model} (start Ollama with: ollama serve)</source>
        <translation>{model}（请用以下命令启动 Ollama：ollama serve）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1605"/>
        <source>{model} (install Ollama first: {link})</source>
        <translation>{model}（请先安装 Ollama：{link}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1611"/>
        <source>— not downloaded yet: ollama pull {model}</source>
        <translation>— 尚未下载：ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1618"/>
        <source>{model} ({wanted} was not downloaded)</source>
        <translation>{model}（{wanted} 未下载）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1621"/>
        <source>the character&apos;s voice</source>
        <translation>角色的声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1625"/>
        <source>{voice} ({wanted} was not downloaded)</source>
        <translation>{voice}（{wanted} 未下载）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1629"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1630"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1633"/>
        <source>Speech recognition</source>
        <translation>语音识别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1634"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1635"/>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1638"/>
        <source>New speech models and language are used from Neiri&apos;s next start. You can run this wizard again from the Neiri menu.</source>
        <translation>新的语音模型和语言将在 Neiri 下次启动时生效。你可以随时从 Neiri 菜单再次运行此向导。</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1071"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1072"/>
        <source>Language of the app and how long conversations are remembered.</source>
        <translation>应用的语言，以及对话记忆的时长。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1075"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1079"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1082"/>
        <source>Language of menus and dialogs. Applies after a restart.</source>
        <translation>菜单和对话框的语言。重启后生效。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1084"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1087"/>
        <source>Remembered turns</source>
        <translation>记忆轮数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1093"/>
        <source>Longest message</source>
        <translation>最长消息</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1095"/>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1099"/>
        <source>Resume within</source>
        <translation>续接时限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1102"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="523"/>
        <source>Your computer</source>
        <translation>你的电脑</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="524"/>
        <source>Neiri checks what your computer can run comfortably.</source>
        <translation>Neiri 会检查你的电脑能流畅运行哪些模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="533"/>
        <source>Checking your computer…</source>
        <translation>正在检查你的电脑…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="537"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="544"/>
        <source>Processor</source>
        <translation>处理器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="545"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="546"/>
        <source>Graphics</source>
        <translation>显卡</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="550"/>
        <source>Recommended for this computer</source>
        <translation>为这台电脑推荐</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="558"/>
        <source>Speech recognition</source>
        <translation>语音识别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="562"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="581"/>
        <source>Neiri could not check this computer ({error}); she suggests the smallest models.</source>
        <translation>Neiri 无法检查这台电脑（{error}），建议使用最小的模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="587"/>
        <source>{cores} cores, {threads} threads</source>
        <translation>{cores} 核，{threads} 线程</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="592"/>
        <source>{total} ({free} free)</source>
        <translation>{total}（可用 {free}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="600"/>
        <source>No NVIDIA graphics card found: models run on the processor.</source>
        <translation>未找到 NVIDIA 显卡：模型将在处理器上运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="607"/>
        <source>and {n} more</source>
        <translation>还有 {n} 个</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2058"/>
        <source>Integrations</source>
        <translation>集成</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2059"/>
        <source>Connections to streaming services and other apps.</source>
        <translation>与直播平台和其他应用的连接。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2064"/>
        <source>&lt;b&gt;Not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Twitch chat and events, OBS scene control, VTube Studio and telephony each arrive with their own part of Neiri. None of them is installed, so none of them is active and there is nothing to configure here yet.</source>
        <translation>&lt;b&gt;尚未设置。&lt;/b&gt;&lt;br&gt;&lt;br&gt;Twitch 聊天与事件、OBS 场景控制、VTube Studio 和电话功能都会随 Neiri 的相应组件一起提供。目前它们都未安装，因此都未启用，这里暂时没有需要设置的内容。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="369"/>
        <source>Welcome to Neiri</source>
        <translation>欢迎使用 Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="372"/>
        <source>A few quick steps and she is ready to talk. You can change all of this later in Settings.</source>
        <translation>只需几个简单步骤，她就可以和你聊天了。这些设置之后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="377"/>
        <source>You and Neiri</source>
        <translation>你和 Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="388"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="392"/>
        <source>For menus and messages, and the speech models Neiri suggests.</source>
        <translation>用于菜单和消息，也决定 Neiri 推荐的语音模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="407"/>
        <source>Speaks {language}; her voice is {voice}.</source>
        <translation>语言：{language}；声音：{voice}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="415"/>
        <source>Character</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="423"/>
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
        <location filename="../ui/dialogs/settings_pages.py" line="512"/>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="533"/>
        <source>{level:.0f} dB</source>
        <translation>{level:.0f} dB</translation>
    </message>
</context>
<context>
    <name>LlmPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1367"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1368"/>
        <source>The server that writes Neiri&apos;s replies.</source>
        <translation>为 Neiri 生成回复的服务器。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1371"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1373"/>
        <source>Ollama (local)</source>
        <translation>Ollama（本地）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1373"/>
        <source>OpenAI-compatible</source>
        <translation>兼容 OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1376"/>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1378"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1382"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1383"/>
        <source>Ask the server which models it has</source>
        <translation>向服务器查询可用模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1386"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1393"/>
        <source>Not needed for a local Ollama</source>
        <translation>本地 Ollama 不需要</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1394"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1402"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1411"/>
        <source>Replies</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1414"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1420"/>
        <source>Longest reply</source>
        <translation>最长回复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1422"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1428"/>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1426"/>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1430"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1431"/>
        <source>Keep loaded for</source>
        <translation>保持加载时长</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1433"/>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1437"/>
        <source>First retry after</source>
        <translation>首次重试间隔</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1439"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1445"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1443"/>
        <source>Reply timeout</source>
        <translation>回复超时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1450"/>
        <source>Asking the server for its models…</source>
        <translation>正在向服务器查询模型…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1457"/>
        <source>Could not get the model list: {reason}</source>
        <translation>无法获取模型列表：{reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1469"/>
        <source>{count} models on the server.</source>
        <translation>服务器上有 {count} 个模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1471"/>
        <source>“{model}” is not one of them.</source>
        <translation>其中没有“{model}”。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1476"/>
        <source>The server has no models yet. With Ollama: ollama pull llama3.2:3b</source>
        <translation>服务器上还没有模型。使用 Ollama 时：ollama pull llama3.2:3b</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1482"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1489"/>
        <source>{text} (first token after {ms:.0f} ms)</source>
        <translation>{text}（首个 token 用时 {ms:.0f} 毫秒）</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="343"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="344"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="345"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="346"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="347"/>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="348"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="349"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="429"/>
        <source>{:,.0f} ms</source>
        <translation>{:,.0f} 毫秒</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="485"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="521"/>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="522"/>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="523"/>
        <source>Warnings and above</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="524"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="527"/>
        <location filename="../ui/dialogs/log_viewer.py" line="757"/>
        <source>All components</source>
        <translation>所有组件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="534"/>
        <source>Any turn</source>
        <translation>任意轮次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="539"/>
        <source>Search messages and fields</source>
        <translation>搜索消息和字段</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="543"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="545"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="559"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="567"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="569"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="571"/>
        <location filename="../ui/dialogs/log_viewer.py" line="609"/>
        <source>Turn</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="614"/>
        <location filename="../ui/dialogs/log_viewer.py" line="647"/>
        <source>Copy row</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="618"/>
        <source>Show this turn</source>
        <translation>显示这一轮</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="627"/>
        <source>Select a row to see all its fields.</source>
        <translation>选择一行以查看其所有字段。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="642"/>
        <source>Follow new lines</source>
        <translation>跟随新行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="644"/>
        <source>Show turn</source>
        <translation>显示本轮</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="645"/>
        <source>Show every event of the selected row&apos;s turn</source>
        <translation>显示所选行所在轮次的全部事件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="648"/>
        <source>Copy the selected rows as JSON lines</source>
        <translation>将所选行复制为 JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="650"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="651"/>
        <source>Save the rows shown as JSONL or ZIP</source>
        <translation>将显示的行保存为 JSONL 或 ZIP</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="653"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="673"/>
        <source>Reading the logs…</source>
        <translation>正在读取日志…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="695"/>
        <source>Part of the logs could not be read: {error}</source>
        <translation>部分日志无法读取：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="767"/>
        <source>No log file yet: {path}</source>
        <translation>还没有日志文件：{path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="769"/>
        <source>{total} lines</source>
        <translation>共 {total} 行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="771"/>
        <source>Showing {shown} of {total} lines</source>
        <translation>显示 {shown} / {total} 行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="775"/>
        <source>{count} unreadable</source>
        <translation>{count} 行无法读取</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="940"/>
        <source>This line is not valid JSON:</source>
        <translation>这一行不是有效的 JSON：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="975"/>
        <source>Export log lines</source>
        <translation>导出日志行</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="977"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="977"/>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="994"/>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="998"/>
        <source>Exported {count} rows to {path}</source>
        <translation>已将 {count} 行导出到 {path}</translation>
    </message>
</context>
<context>
    <name>LoggingPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2084"/>
        <source>Logging</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2085"/>
        <source>What Neiri writes to her log files, for finding out what went wrong.</source>
        <translation>Neiri 写入日志文件的内容，用于排查问题。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2088"/>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2091"/>
        <source>Debug (everything)</source>
        <translation>调试（全部）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2092"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2093"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2094"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2098"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2101"/>
        <source>Rotate at</source>
        <translation>轮换大小</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2104"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2106"/>
        <source>Size at which the log file is closed and a new one started.</source>
        <translation>日志文件达到此大小时关闭并新建一个。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2109"/>
        <source>Old files kept</source>
        <translation>保留旧文件数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2114"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2116"/>
        <source>View logs…</source>
        <translation>查看日志…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="40"/>
        <source>Mic</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="41"/>
        <source>ASR</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="42"/>
        <source>LLM</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="43"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="85"/>
        <source>Switch character: persona, voice and avatar</source>
        <translation>切换角色：人设、声音和形象</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="90"/>
        <location filename="../ui/main_window.py" line="366"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <source>Character:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="116"/>
        <source>Type a message and press Enter…</source>
        <translation>输入消息后按 Enter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="119"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="122"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="125"/>
        <source>Stop her talking now (Esc)</source>
        <translation>让她立即停止说话（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="164"/>
        <source>&amp;Neiri</source>
        <translation>&amp;Neiri</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="169"/>
        <source>First-run &amp;wizard…</source>
        <translation>首次运行向导(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="174"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="175"/>
        <source>&amp;Log viewer…</source>
        <translation>日志查看器(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>&amp;Desktop pet</source>
        <translation>桌面宠物(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>&amp;Memory…</source>
        <translation>记忆(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>&amp;Relationships…</source>
        <translation>关系(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>&amp;Telephony…</source>
        <translation>电话(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="268"/>
        <source>Could not send the message: {}</source>
        <translation>无法发送消息：{}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="274"/>
        <source>she is still waking up</source>
        <translation>她还在启动中</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="294"/>
        <source>Microphone on: click to mute</source>
        <translation>麦克风已开启：点击静音</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="296"/>
        <source>Microphone muted: click to listen, or hold {} to talk</source>
        <translation>麦克风已静音：点击开始聆听，或按住 {} 说话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="306"/>
        <source>Could not switch character: {}</source>
        <translation>无法切换角色：{}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="315"/>
        <source>Now talking with {}</source>
        <translation>现在与 {} 对话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="329"/>
        <source>This part of Neiri is not set up yet.</source>
        <translation>Neiri 的这一部分尚未设置。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="331"/>
        <source>It arrives with its own update; nothing here is stored or changed yet.</source>
        <translation>它将随单独的更新提供；目前这里不会保存或更改任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="340"/>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="360"/>
        <source>The avatar page could not be served: {}</source>
        <translation>无法提供形象页面：{}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="370"/>
        <source>Speaking…</source>
        <translation>正在说话…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="374"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="375"/>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="375"/>
        <location filename="../ui/main_window.py" line="402"/>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="379"/>
        <source>Hearing you…</source>
        <translation>正在听你说…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="402"/>
        <source>Push to talk…</source>
        <translation>按键通话中…</translation>
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
        <location filename="../ui/dialogs/wizard.py" line="447"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="448"/>
        <source>Say a few words: the bar should move while you speak.</source>
        <translation>说几句话：说话时音量条应该会动。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="453"/>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="464"/>
        <source>Looking for a microphone…</source>
        <translation>正在查找麦克风…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="472"/>
        <source>Tip: with headphones you can interrupt Neiri at any time; with speakers, choose the Speakers mode in Settings &gt; Audio.</source>
        <translation>提示：戴耳机时可以随时打断 Neiri；使用扬声器时，请在“设置 &gt; 音频”中选择扬声器模式。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="484"/>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="490"/>
        <source>Neiri hears you.</source>
        <translation>Neiri 听得到你。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="499"/>
        <source>Listening on {device}. Speak now.</source>
        <translation>正在通过 {device} 聆听。请说话。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="500"/>
        <source>the default microphone</source>
        <translation>默认麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="505"/>
        <source>No microphone found — Neiri works with typed messages</source>
        <translation>未找到麦克风 — Neiri 将通过文字消息交流</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="509"/>
        <source>Plug one in and choose it later in Settings &gt; Audio; she listens from her next start.</source>
        <translation>插上麦克风后，可稍后在“设置 &gt; 音频”中选择；她下次启动时就会开始聆听。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="514"/>
        <source>Starting the microphone…</source>
        <translation>正在启动麦克风…</translation>
    </message>
</context>
<context>
    <name>NeiriApp</name>
    <message>
        <location filename="../ui/app.py" line="93"/>
        <source>Neiri could not start: {}</source>
        <translation>Neiri 无法启动：{}</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="159"/>
        <source>The desktop pet needs the local web server, which is not running.</source>
        <translation>桌面宠物需要本地网络服务器，但它没有运行。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="178"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="178"/>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="185"/>
        <source>Neiri is still running in the tray. Use Quit in its menu to close her.</source>
        <translation>Neiri 仍在系统托盘中运行。要关闭她，请在托盘图标菜单中选择“退出 Neiri”。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="196"/>
        <source>Problems in your settings</source>
        <translation>设置中有问题</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="198"/>
        <source>Some settings could not be used; Neiri started with defaults for them.</source>
        <translation>部分设置无法使用；Neiri 已对这些项使用默认值启动。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="200"/>
        <source>Your settings file was not changed.</source>
        <translation>你的设置文件未被更改。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="295"/>
        <source>the server answered with nothing</source>
        <translation>服务器返回了空回复</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="299"/>
        <source>Connected: first token after {:.0f} ms</source>
        <translation>已连接：首个 token 用时 {:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="317"/>
        <source>Saved. These take effect after a restart: {}</source>
        <translation>已保存。以下设置重启后生效：{}</translation>
    </message>
</context>
<context>
    <name>OllamaPage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="622"/>
        <source>Language model</source>
        <translation>语言模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="624"/>
        <source>Neiri thinks with a language model that runs on your computer in Ollama.</source>
        <translation>Neiri 依靠在你电脑上的 Ollama 中运行的语言模型来思考。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="635"/>
        <source>Ollama address</source>
        <translation>Ollama 地址</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="639"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="644"/>
        <source>Looking for Ollama…</source>
        <translation>正在查找 Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="647"/>
        <source>Models in Ollama</source>
        <translation>Ollama 中的模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="654"/>
        <source>Neiri uses the selected model.</source>
        <translation>Neiri 将使用所选模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="657"/>
        <source>Download a model</source>
        <translation>下载模型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="663"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="664"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="675"/>
        <source>Ollama keeps what it downloaded: a stopped download continues later.</source>
        <translation>Ollama 会保留已下载的部分：停止的下载之后可以继续。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="696"/>
        <location filename="../ui/dialogs/wizard.py" line="745"/>
        <source>{model} (recommended)</source>
        <translation>{model}（推荐）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="714"/>
        <source>Looking for Ollama at {url}…</source>
        <translation>正在 {url} 查找 Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="730"/>
        <source>Ollama is running at {url}.</source>
        <translation>Ollama 正在 {url} 运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="735"/>
        <source>Ollama is running at {url}, but it has no models yet. Download one below.</source>
        <translation>Ollama 正在 {url} 运行，但还没有模型。请在下方下载一个。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="754"/>
        <source>No models: Ollama is not running.</source>
        <translation>没有模型：Ollama 未运行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="760"/>
        <source>Ollama is installed but not running. Start it with &lt;b&gt;ollama serve&lt;/b&gt; (or open the Ollama app), then press Check again.&lt;br&gt;Neiri opens without it and says so until it runs; she will use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>Ollama 已安装但未运行。请用 &lt;b&gt;ollama serve&lt;/b&gt; 启动它（或打开 Ollama 应用），然后点击“重新检查”。&lt;br&gt;没有它 Neiri 也能打开，并会一直提示，直到 Ollama 运行；她将使用 &lt;b&gt;{model}&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="770"/>
        <source>Ollama was not found. Get it from &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt;, then press Check again.&lt;br&gt;Neiri still opens without it and tells you she can&apos;t think until Ollama runs; then download &lt;b&gt;{model}&lt;/b&gt; with: ollama pull {model}</source>
        <translation>未找到 Ollama。请从 &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt; 获取，然后点击“重新检查”。&lt;br&gt;没有它 Neiri 仍能打开，但会告诉你在 Ollama 运行前她无法思考；之后用以下命令下载 &lt;b&gt;{model}&lt;/b&gt;：ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="789"/>
        <location filename="../ui/dialogs/wizard.py" line="801"/>
        <source>Asking Ollama for {model}…</source>
        <translation>正在向 Ollama 请求 {model}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="803"/>
        <source>Downloading {model}: {done} of {total}</source>
        <translation>正在下载 {model}：{done} / {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="807"/>
        <source>Checking the download…</source>
        <translation>正在校验下载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="809"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="811"/>
        <location filename="../ui/dialogs/wizard.py" line="826"/>
        <source>{model} is ready.</source>
        <translation>{model} 已就绪。</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="477"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="480"/>
        <source>Show or hide the text</source>
        <translation>显示或隐藏文本</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1975"/>
        <source>Server and OBS</source>
        <translation>服务器与 OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1976"/>
        <source>The local web server that serves the avatar to OBS and remote controls.</source>
        <translation>本地 Web 服务器，向 OBS 和远程控制端提供形象。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1979"/>
        <source>Web server</source>
        <translation>Web 服务器</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1980"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1981"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1984"/>
        <source>Remote access</source>
        <translation>远程访问</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1986"/>
        <source>Allow other devices to connect</source>
        <translation>允许其他设备连接</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1989"/>
        <source>Needed for remote access</source>
        <translation>远程访问时必填</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1990"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1991"/>
        <source>Make a new random token</source>
        <translation>生成新的随机令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1997"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2002"/>
        <source>Remote access is allowed but there is no token: remote clients are refused.</source>
        <translation>已允许远程访问，但没有令牌：远程客户端会被拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2008"/>
        <source>OBS overlay</source>
        <translation>OBS 叠加层</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2011"/>
        <location filename="../ui/dialogs/settings_pages.py" line="2036"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2017"/>
        <source>In OBS, add a Browser source with this address. Its background is transparent.</source>
        <translation>在 OBS 中添加一个使用此地址的“浏览器”来源。其背景是透明的。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2021"/>
        <source>Overlay URL</source>
        <translation>叠加层 URL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2031"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="153"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="216"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="245"/>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="218"/>
        <source>Keep my values</source>
        <translation>保留我的值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="223"/>
        <source>Overwrite anyway</source>
        <translation>仍然覆盖</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="225"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="242"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="243"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="244"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="246"/>
        <source>Reset the values on this page</source>
        <translation>重置本页的值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="357"/>
        <source>Could not list audio devices: {error}</source>
        <translation>无法列出音频设备：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="429"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="432"/>
        <source>Fix the values marked in red to save ({pages}).</source>
        <translation>请先修正标红的值再保存（{pages}）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="438"/>
        <source>You have unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="459"/>
        <source>Restore the default values of the “{page}” page? Your values on it are lost when you apply.</source>
        <translation>要恢复“{page}”页的默认值吗？应用后，你在该页上的值将丢失。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="532"/>
        <source>The settings were not saved: {reason}. Saving replaces the whole file with the values shown here.</source>
        <translation>设置未保存：{reason}。保存会用这里显示的值替换整个文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="540"/>
        <source>The settings could not be saved to {path}: {error}</source>
        <translation>无法将设置保存到 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="552"/>
        <source>The character could not be saved: {error}</source>
        <translation>无法保存角色：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1043"/>
        <source>Checking for a system keyring…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1045"/>
        <source>Stored in the system keyring, not in the settings file.</source>
        <translation>保存在系统密钥环中，而不是设置文件中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1048"/>
        <source>No system keyring is available, so this is kept in the settings file (readable only by you). It never appears in the logs.</source>
        <translation>系统密钥环不可用，因此它保存在设置文件中（仅你可读取）。它绝不会出现在日志中。</translation>
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
        <location filename="../ui/dialogs/wizard.py" line="979"/>
        <source>Hearing and voice</source>
        <translation>听觉与声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="982"/>
        <source>Neiri comes with small models that work offline. Bigger ones understand you better; they are downloaded once.</source>
        <translation>Neiri 自带可离线使用的小模型。更大的模型能更好地听懂你，只需下载一次。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="987"/>
        <source>Speech recognition (Whisper)</source>
        <translation>语音识别（Whisper）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="991"/>
        <source>Voice (Piper)</source>
        <translation>声音（Piper）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="996"/>
        <source>Download selected</source>
        <translation>下载所选</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="997"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1013"/>
        <source>English only</source>
        <translation>仅英语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1013"/>
        <source>many languages</source>
        <translation>多种语言</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1017"/>
        <source>American English</source>
        <translation>美式英语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1018"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1019"/>
        <source>Brazilian Portuguese</source>
        <translation>巴西葡萄牙语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1020"/>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1024"/>
        <source>{what}; about {size} to download.</source>
        <translation>{what}；需下载约 {size}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1033"/>
        <source>Keep the bundled {name}: fast, works offline</source>
        <translation>保留自带的 {name}：速度快，可离线使用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1035"/>
        <source>Keep the current model ({name})</source>
        <translation>保留当前模型（{name}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1037"/>
        <location filename="../ui/dialogs/wizard.py" line="1045"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1039"/>
        <source>Keep the bundled voice ({name}): works offline</source>
        <translation>保留自带的声音（{name}）：可离线使用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1043"/>
        <source>Keep the current voice ({name})</source>
        <translation>保留当前声音（{name}）</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1094"/>
        <source>All set</source>
        <translation>全部就绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1095"/>
        <source>Finish saves these settings. Here is what Neiri will use:</source>
        <translation>点击“完成”即保存这些设置。Neiri 将使用以下配置：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1097"/>
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
        <location filename="../ui/widgets/transcript.py" line="110"/>
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
        <location filename="../ui/dialogs/settings_pages.py" line="1521"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1523"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1545"/>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1521"/>
        <source>How Neiri sounds when she speaks.</source>
        <translation>Neiri 说话时的声音。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1526"/>
        <source>Piper (fast, on the CPU)</source>
        <translation>Piper（快速，在 CPU 上运行）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1527"/>
        <source>XTTS-v2 (optional download)</source>
        <translation>XTTS-v2（可选下载）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1531"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1534"/>
        <source>XTTS-v2 needs the optional xtts package and a model you download yourself; its weights are licensed for non-commercial use only.</source>
        <translation>XTTS-v2 需要可选的 xtts 包以及你自行下载的模型；其权重仅授权用于非商业用途。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1542"/>
        <source>The character&apos;s voice</source>
        <translation>角色的声音</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1560"/>
        <source>Speed</source>
        <translation>语速</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1563"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1565"/>
        <source>Preview</source>
        <translation>试听</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1564"/>
        <source>Hi! I&apos;m Neiri. This is how I sound.</source>
        <translation>嗨！我是 Neiri，这就是我的声音。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1572"/>
        <source>Uses the engine, voice and speed chosen above, before you apply them.</source>
        <translation>使用上方选择的引擎、声音和语速，无需先应用。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1575"/>
        <source>Say</source>
        <translation>朗读</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1577"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1580"/>
        <source>Phrase cache</source>
        <translation>语句缓存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1582"/>
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
        <location filename="../ui/dialogs/wizard.py" line="881"/>
        <source>{name} (installed)</source>
        <translation>{name}（已安装）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="883"/>
        <source>{name} (about {size})</source>
        <translation>{name}（约 {size}）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="905"/>
        <source>Installed: it will be used.</source>
        <translation>已安装，将会使用。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="908"/>
        <source>A part was downloaded before: the download continues from there.</source>
        <translation>之前已下载了一部分：将从那里继续下载。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="918"/>
        <source>Waiting for the download before it…</source>
        <translation>正在等待前一个下载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="927"/>
        <location filename="../ui/dialogs/wizard.py" line="936"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="933"/>
        <source>Checking {file}…</source>
        <translation>正在校验 {file}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="938"/>
        <source>Resuming {file} after {size}…</source>
        <translation>正在从 {size} 处继续下载 {file}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="944"/>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="949"/>
        <source>{speed}/s</source>
        <translation>{speed}/秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="952"/>
        <source>{m}:{s:02d} left</source>
        <translation>剩余 {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="964"/>
        <source>Downloaded and checked.</source>
        <translation>已下载并校验。</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="353"/>
        <source>unknown size</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="355"/>
        <source>{value:.1f} GB</source>
        <translation>{value:.1f} GB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="357"/>
        <source>{value:.0f} MB</source>
        <translation>{value:.0f} MB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="359"/>
        <source>{value:.0f} KB</source>
        <translation>{value:.0f} KB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="360"/>
        <source>{value:.0f} bytes</source>
        <translation>{value:.0f} 字节</translation>
    </message>
</context>
</TS>
