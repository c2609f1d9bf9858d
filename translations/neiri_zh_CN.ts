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
        <location filename="../ui/main_window.py" line="87"/>
        <source>Switch character: persona, voice and avatar</source>
        <translation>切换角色：人设、声音和形象</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <location filename="../ui/main_window.py" line="372"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <source>Character:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="118"/>
        <source>Type a message and press Enter…</source>
        <translation>输入消息后按 Enter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="121"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="124"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="127"/>
        <source>Stop her talking now (Esc)</source>
        <translation>让她立即停止说话（Esc）</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>&amp;Neiri</source>
        <translation>&amp;Neiri</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>First-run &amp;wizard…</source>
        <translation>首次运行向导(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>&amp;Log viewer…</source>
        <translation>日志查看器(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>&amp;Desktop pet</source>
        <translation>桌面宠物(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="183"/>
        <source>&amp;Memory…</source>
        <translation>记忆(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="185"/>
        <source>&amp;Relationships…</source>
        <translation>关系(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="187"/>
        <source>&amp;Telephony…</source>
        <translation>电话(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="274"/>
        <source>Could not send the message: {}</source>
        <translation>无法发送消息：{}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="280"/>
        <source>she is still waking up</source>
        <translation>她还在启动中</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="300"/>
        <source>Microphone on: click to mute</source>
        <translation>麦克风已开启：点击静音</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="302"/>
        <source>Microphone muted: click to listen, or hold {} to talk</source>
        <translation>麦克风已静音：点击开始聆听，或按住 {} 说话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="312"/>
        <source>Could not switch character: {}</source>
        <translation>无法切换角色：{}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="321"/>
        <source>Now talking with {}</source>
        <translation>现在与 {} 对话</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="335"/>
        <source>This part of Neiri is not set up yet.</source>
        <translation>Neiri 的这一部分尚未设置。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="337"/>
        <source>It arrives with its own update; nothing here is stored or changed yet.</source>
        <translation>它将随单独的更新提供；目前这里不会保存或更改任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="346"/>
        <source>Thinking…</source>
        <translation>正在思考…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="366"/>
        <source>The avatar page could not be served: {}</source>
        <translation>无法提供形象页面：{}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="376"/>
        <source>Speaking…</source>
        <translation>正在说话…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="380"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="381"/>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="381"/>
        <location filename="../ui/main_window.py" line="408"/>
        <source>Muted</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="385"/>
        <source>Hearing you…</source>
        <translation>正在听你说…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="408"/>
        <source>Push to talk…</source>
        <translation>按键通话中…</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="113"/>
        <source>About a viewer</source>
        <translation>关于观众</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="114"/>
        <source>About herself</source>
        <translation>关于她自己</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="115"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="949"/>
        <source>About someone else</source>
        <translation>关于其他人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="116"/>
        <source>Chat note</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="117"/>
        <source>Feeling</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="118"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="121"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="122"/>
        <source>Typed chat</source>
        <translation>文字输入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="123"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="124"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="125"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="140"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="126"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="953"/>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="129"/>
        <source>Learned</source>
        <translation>学到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="130"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1064"/>
        <source>Heard again</source>
        <translation>再次听到</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="131"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="141"/>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="132"/>
        <source>Summarised</source>
        <translation>总结</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="133"/>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="136"/>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="137"/>
        <source>Edited</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="138"/>
        <source>Forgotten</source>
        <translation>遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="139"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1094"/>
        <source>Forgotten with a person</source>
        <translation>随人员一并遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="142"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="145"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="752"/>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="146"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1092"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="420"/>
        <source>{what} failed: {error}</source>
        <translation>{what}失败：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="794"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1045"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1065"/>
        <source>Memories</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="795"/>
        <source>Memory log</source>
        <translation>记忆日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="796"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="811"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="814"/>
        <source>Add memories from a JSON or YAML file (all of them, or none if it has a problem)</source>
        <translation>从 JSON 或 YAML 文件添加记忆（全部导入；文件有问题则一条都不导入）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="818"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="820"/>
        <source>Save every memory to a JSON or YAML file (a backup you can import again)</source>
        <translation>将所有记忆保存为 JSON 或 YAML 文件（可再次导入的备份）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="823"/>
        <source>Tidy up now</source>
        <translation>立即整理</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="826"/>
        <source>Remove expired memories, merge duplicates and summarise old chat now (Neiri also does this by herself when she is idle)</source>
        <translation>立即删除过期记忆、合并重复项并总结旧聊天（Neiri 空闲时也会自己做）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="831"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="857"/>
        <source>Search by meaning, e.g. “what pets does Mika have?” (empty: list them all)</source>
        <translation>按含义搜索，例如“Mika 养了什么宠物？”（留空则列出全部）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="867"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="871"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="875"/>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="883"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="886"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="890"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="900"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="915"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="902"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="916"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="904"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="924"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="906"/>
        <source>Importance at least</source>
        <translation>重要性至少</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="908"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="914"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="918"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="951"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="923"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="926"/>
        <source>Created</source>
        <translation>创建于</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="932"/>
        <source>Updated</source>
        <translation>更新于</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="938"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="956"/>
        <source>Match</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="964"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1474"/>
        <source>Forget</source>
        <translation>遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="968"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="979"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="977"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="981"/>
        <source>Forget…</source>
        <translation>遗忘…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="982"/>
        <source>Forget the selected memories (Delete)</source>
        <translation>遗忘所选记忆（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="985"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="988"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1010"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1023"/>
        <source>Select a row to see everything it recorded.</source>
        <translation>选择一行以查看其记录的全部内容。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1039"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1072"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1043"/>
        <source>What she did</source>
        <translation>她做了什么</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1050"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1056"/>
        <source>What Neiri did to her memory by herself: facts she learned from conversations, duplicates merged, old chat summarised, expired memories removed. Newest first.</source>
        <translation>Neiri 自己对记忆做的事：从对话中学到的事实、合并的重复项、总结的旧聊天、删除的过期记忆。最新的在前。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1076"/>
        <source>Area</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1077"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1078"/>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1078"/>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1079"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1085"/>
        <source>Every change made by hand to memories and relationships, with the values before and after. Newest first.</source>
        <translation>对记忆和人际关系的每一次手动更改，包括更改前后的值。最新的在前。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1146"/>
        <source>Memory could not be opened</source>
        <translation>无法打开记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1149"/>
        <source>{error}

Neiri talks without her long-term memory until this is fixed.</source>
        <translation>{error}

在修复之前，Neiri 会在没有长期记忆的情况下聊天。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1154"/>
        <source>Memory is switched off in Settings &gt; Memory &amp; people</source>
        <translation>记忆已在“设置 &gt; 记忆与人物”中关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1158"/>
        <source>Neiri neither recalls nor learns anything while it is off. Switch it on there to see and edit what she remembers.</source>
        <translation>关闭期间 Neiri 既不会回忆也不会学习。请在那里打开它，以查看和编辑她记得的内容。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1163"/>
        <source>Memory is still loading…</source>
        <translation>记忆仍在加载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1166"/>
        <source>The memory model is starting; this page fills in by itself when it is ready.</source>
        <translation>记忆模型正在启动；准备好后此页面会自动填充。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1292"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1292"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1293"/>
        <source>Loading</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1344"/>
        <source>1 memory</source>
        <translation>1 条记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1344"/>
        <source>{count} memories</source>
        <translation>{count} 条记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1347"/>
        <source>Closest to “{query}” first</source>
        <translation>与“{query}”最相近的在前</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1350"/>
        <source>{shown} of {total} match the filters</source>
        <translation>{total}中有 {shown} 条符合筛选条件</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1354"/>
        <source>No memories yet: Neiri learns them as she talks, or add one here.</source>
        <translation>还没有记忆：Neiri 会在聊天中学习，你也可以在这里添加。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1365"/>
        <source>{first}–{last} of {count}</source>
        <translation>第 {first}–{last} 条，共 {count} 条</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1425"/>
        <source>Saving the memory</source>
        <translation>保存记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1432"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1491"/>
        <source>the memory is not available</source>
        <translation>记忆不可用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1435"/>
        <source>Added: “{text}”</source>
        <translation>已添加：“{text}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1442"/>
        <source>Saved: “{text}”</source>
        <translation>已保存：“{text}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1463"/>
        <source>Forget memories</source>
        <translation>遗忘记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1465"/>
        <source>Forget “{text}”?</source>
        <translation>遗忘“{text}”？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1467"/>
        <source>Forget these {count} memories?</source>
        <translation>遗忘这 {count} 条记忆？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1470"/>
        <source>Neiri will no longer recall them. This cannot be undone (the audit log keeps a copy of the text).</source>
        <translation>Neiri 将不再想起它们。此操作无法撤销（审计日志会保留文本副本）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1475"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1486"/>
        <source>Forgetting</source>
        <translation>遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1498"/>
        <source>1 memory forgotten.</source>
        <translation>已遗忘 1 条记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1498"/>
        <source>{count} memories forgotten.</source>
        <translation>已遗忘 {count} 条记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1541"/>
        <source>Import memories</source>
        <translation>导入记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1545"/>
        <source>Memory files (*.json *.yaml *.yml)</source>
        <translation>记忆文件 (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1545"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1558"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1569"/>
        <source>1 memory added</source>
        <translation>添加了 1 条记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1569"/>
        <source>{count} memories added</source>
        <translation>添加了 {count} 条记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1575"/>
        <source>1 replaced (same id)</source>
        <translation>替换了 1 条（id 相同）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1576"/>
        <source>{count} replaced (same id)</source>
        <translation>替换了 {count} 条（id 相同）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1580"/>
        <source>Imported {file}: {result}.</source>
        <translation>已导入 {file}：{result}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1594"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>未导入任何内容：{file} 有问题。请修正后重试：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1601"/>
        <source>Nothing was imported: {error}</source>
        <translation>未导入任何内容：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1605"/>
        <source>Export memories</source>
        <translation>导出记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1607"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1607"/>
        <source>YAML (*.yaml)</source>
        <translation>YAML (*.yaml)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1632"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1645"/>
        <source>Exported 1 memory to {path}</source>
        <translation>已将 1 条记忆导出到 {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1646"/>
        <source>Exported {count} memories to {path}</source>
        <translation>已将 {count} 条记忆导出到 {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1656"/>
        <source>The memories could not be exported: {error}</source>
        <translation>无法导出记忆：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1664"/>
        <source>Tidying up…</source>
        <translation>正在整理…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1668"/>
        <source>Tidying up</source>
        <translation>整理</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1688"/>
        <source>Nothing to tidy up: no expired memories, no duplicates, no old chat to summarise.</source>
        <translation>无需整理：没有过期记忆、没有重复项，也没有需要总结的旧聊天。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1692"/>
        <source>Tidied up. Expired memories removed: {pruned}. Duplicates merged: {merged}. Chat notes summarised: {summarized}.</source>
        <translation>整理完成。删除过期记忆：{pruned}。合并重复项：{merged}。总结聊天记录：{summarized}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1697"/>
        <source>She stopped early because a conversation started; the rest waits for her next quiet moment.</source>
        <translation>因为有对话开始，她提前停下了；其余的会等到她下次空闲时再做。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1711"/>
        <source>Reading the logs</source>
        <translation>读取日志</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1730"/>
        <source>The newest {count} entries</source>
        <translation>最新的 {count} 条记录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1731"/>
        <source>1 entry</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1731"/>
        <source>{count} entries</source>
        <translation>{count} 条记录</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1748"/>
        <source>Memory ids: {ids}</source>
        <translation>记忆 id：{ids}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1762"/>
        <source>Before:</source>
        <translation>更改前：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1764"/>
        <source>After:</source>
        <translation>更改后：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1825"/>
        <source>no change</source>
        <translation>无更改</translation>
    </message>
</context>
<context>
    <name>MemoryItemDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="517"/>
        <source>Edit memory</source>
        <translation>编辑记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="517"/>
        <source>Add a memory</source>
        <translation>添加记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="534"/>
        <source>One fact in one sentence, e.g. “Mika’s cat is called Miso.”</source>
        <translation>用一句话写一个事实，例如“Mika 的猫叫 Miso。”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="542"/>
        <source>Nobody in particular</source>
        <translation>不针对特定的人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="552"/>
        <source>Comma-separated, e.g. pets, family</source>
        <translation>用逗号分隔，例如：宠物, 家人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="558"/>
        <source>Optional, e.g. happy</source>
        <translation>可选，例如：开心</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="561"/>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="562"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="566"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="567"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="570"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="572"/>
        <source>Pick a person, or type an identity such as twitch:12345.</source>
        <translation>选择一个人，或输入身份标识，例如 twitch:12345。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="576"/>
        <source>Importance</source>
        <translation>重要性</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="578"/>
        <source>0 is trivia, 1 is something she must never forget.</source>
        <translation>0 表示琐事，1 表示她绝不能忘记的事。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="580"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="581"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="582"/>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="585"/>
        <source>Forget after</source>
        <translation>多久后遗忘</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="587"/>
        <source>Feelings usually fade after a day; facts are kept forever.</source>
        <translation>情绪通常一天后淡去；事实会永久保留。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="598"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="722"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="599"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="677"/>
        <source>Write what she should remember.</source>
        <translation>请写下她应该记住的内容。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="722"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="304"/>
        <source>Memory &amp; people</source>
        <translation>记忆与人物</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="305"/>
        <source>What Neiri remembers between conversations, and about whom.</source>
        <translation>Neiri 在对话之间会记住什么，以及关于谁。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="308"/>
        <source>Long-term memory</source>
        <translation>长期记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="311"/>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="313"/>
        <source>Remember facts about you and her viewers</source>
        <translation>记住关于你和她的观众的事实</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="315"/>
        <source>Off: nothing new is remembered or recalled; what she knows already is kept.</source>
        <translation>关闭后，不会记住或回忆任何新内容；她已知道的内容会保留。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="320"/>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="322"/>
        <source>Pick out new facts after each conversation</source>
        <translation>每次对话后提取新的事实</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="326"/>
        <source>Memories per reply</source>
        <translation>每次回复的记忆数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="332"/>
        <source>Memory budget</source>
        <translation>记忆上限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="334"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="405"/>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="338"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="340"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="342"/>
        <source>Open memory…</source>
        <translation>打开记忆…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="343"/>
        <source>See, edit and delete what she remembers</source>
        <translation>查看、编辑和删除她记住的内容</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="347"/>
        <source>Housekeeping</source>
        <translation>整理</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="350"/>
        <source>Tidy up every</source>
        <translation>整理间隔</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="352"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="354"/>
        <source>How often duplicate memories are merged and old chat is summarised.</source>
        <translation>多久合并一次重复的记忆并总结旧聊天。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="358"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="362"/>
        <source>Merge when alike</source>
        <translation>合并相似度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="366"/>
        <source>How alike two memories must be to become one (100 % means identical).</source>
        <translation>两条记忆要多相似才会合并为一条（100 % 表示完全相同）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="372"/>
        <source>Summarise after</source>
        <translation>多久后总结</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="374"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="375"/>
        <source>Chat notes older than this are folded into a short summary.</source>
        <translation>早于此时间的聊天记录会被归纳为简短的总结。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="379"/>
        <source>Passing moods kept</source>
        <translation>短暂情绪保留</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="381"/>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="383"/>
        <source>How long short-lived memories, like the mood of the moment, are kept.</source>
        <translation>短期记忆（例如当下的情绪）保留多久。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="390"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="393"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="395"/>
        <source>Keep track of the people she talks with</source>
        <translation>记录与她交谈的人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="397"/>
        <source>How well she knows each person: affinity, trust and how often you talk. Off: nothing about people is recorded.</source>
        <translation>她对每个人的了解程度：好感度、信任度以及你们交谈的频率。关闭后，不记录任何关于人的信息。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="403"/>
        <source>Person card budget</source>
        <translation>人物卡片上限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="407"/>
        <source>Most tokens of what she knows about the speaker in a reply&apos;s prompt.</source>
        <translation>回复提示词中关于说话者信息的最大 token 数。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="411"/>
        <source>Open relationships…</source>
        <translation>打开人际关系…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="413"/>
        <source>See and change what she thinks of each person</source>
        <translation>查看和修改她对每个人的看法</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="420"/>
        <source>&lt;b&gt;All memory stays on this computer.&lt;/b&gt; What she remembers and what she knows about people is kept in Neiri&apos;s data folder and is never uploaded. Only the few memories picked for a reply go into its prompt, to the language model you chose.</source>
        <translation>&lt;b&gt;所有记忆都保存在这台电脑上。&lt;/b&gt;她记住的内容以及她对人的了解都保存在 Neiri 的数据文件夹中，绝不会上传。只有为某次回复挑选出的少量记忆会放进该回复的提示词，发送给你选择的语言模型。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="136"/>
        <source>Merge two people</source>
        <translation>合并两个人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="143"/>
        <source>Merge “{first}” and “{second}” into one person? Their identities, interactions, notes and memories all go to the merged person.</source>
        <translation>将“{first}”和“{second}”合并为一个人？他们的身份、互动、备注和记忆都会归入合并后的人。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="150"/>
        <source>The merged person keeps the name:</source>
        <translation>合并后的人保留名字：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="163"/>
        <source>Affinity becomes the average weighted by how much each one talked; trust the higher of the two. This cannot be undone.</source>
        <translation>好感度取按各自聊天量加权的平均值；信任度取两者中较高的值。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="171"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="206"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="239"/>
        <source>… and {count} more</source>
        <translation>…… 还有 {count} 条</translation>
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
    <name>ModerationPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="437"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="444"/>
        <source>Moderation</source>
        <translation>内容审核</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="438"/>
        <source>Keeps the chat friendly: what Neiri will not answer and will not say.</source>
        <translation>让聊天保持友好：Neiri 不会回应什么、不会说什么。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="441"/>
        <source>Filter</source>
        <translation>过滤</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="446"/>
        <source>Filter messages to her and her replies</source>
        <translation>过滤发给她的消息和她的回复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="449"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="449"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="453"/>
        <source>Word lists</source>
        <translation>词表</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="456"/>
        <source>The built-in family-friendly word lists to use.</source>
        <translation>要使用的内置家庭友好词表。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="460"/>
        <source>Repetition</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="462"/>
        <source>Skip sentences she has just said</source>
        <translation>跳过她刚说过的句子</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="463"/>
        <source>Leaves out sentences she already said in her last few replies.</source>
        <translation>省略她在最近几次回复中已经说过的句子。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="466"/>
        <source>Your lists</source>
        <translation>你的列表</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="468"/>
        <source>One word per line, e.g.
banana*</source>
        <translation>每行一个词，例如：
banana*</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="471"/>
        <source>Blocked words</source>
        <translation>屏蔽词</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="475"/>
        <source>Extra words to block, one per line. A trailing * also blocks the word&apos;s forms (bananas, bananarama).</source>
        <translation>额外屏蔽的词，每行一个。末尾加 * 还会屏蔽该词的各种变形（bananas、bananarama）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="481"/>
        <source>One pattern per line, e.g.</source>
        <translation>每行一个模式，例如：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="485"/>
        <source>Blocked patterns</source>
        <translation>屏蔽模式</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="488"/>
        <source>Extra regular expressions to block, one per line (Python syntax).</source>
        <translation>额外屏蔽的正则表达式，每行一个（Python 语法）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="491"/>
        <source>One word per line</source>
        <translation>每行一个词</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="494"/>
        <source>Allowed words</source>
        <translation>允许词</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="498"/>
        <source>Words never to block, one per line: for harmless words the lists catch by mistake.</source>
        <translation>永不屏蔽的词，每行一个：用于被词表误拦的无害词语。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="505"/>
        <source>&lt;b&gt;How moderation works.&lt;/b&gt; Neiri has built-in family-friendly word lists for English and Russian, which your lists add to. Her character&apos;s spicy mode only relaxes mild swearing: slurs stay blocked. A blocked message gets a friendly refusal from her and never reaches the language model.</source>
        <translation>&lt;b&gt;审核如何运作。&lt;/b&gt;Neiri 内置了英语和俄语的家庭友好词表，你的列表会在其基础上补充。角色的“辛辣模式”只会放宽轻度粗口：歧视性辱骂仍会被屏蔽。被屏蔽的消息会得到她友好的拒绝，且绝不会发送给语言模型。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="519"/>
        <source>“{pattern}” is not a valid regular expression: {reason}.</source>
        <translation>“{pattern}”不是有效的正则表达式：{reason}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="523"/>
        <source>“{pattern}” is not a valid regular expression: {reason} at character {position}.</source>
        <translation>“{pattern}”不是有效的正则表达式：{reason}（位于第 {position} 个字符）。</translation>
    </message>
</context>
<context>
    <name>NeiriApp</name>
    <message>
        <location filename="../ui/app.py" line="95"/>
        <source>Neiri could not start: {}</source>
        <translation>Neiri 无法启动：{}</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="161"/>
        <source>The desktop pet needs the local web server, which is not running.</source>
        <translation>桌面宠物需要本地网络服务器，但它没有运行。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="180"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="180"/>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="187"/>
        <source>Neiri is still running in the tray. Use Quit in its menu to close her.</source>
        <translation>Neiri 仍在系统托盘中运行。要关闭她，请在托盘图标菜单中选择“退出 Neiri”。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="198"/>
        <source>Problems in your settings</source>
        <translation>设置中有问题</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="200"/>
        <source>Some settings could not be used; Neiri started with defaults for them.</source>
        <translation>部分设置无法使用；Neiri 已对这些项使用默认值启动。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="202"/>
        <source>Your settings file was not changed.</source>
        <translation>你的设置文件未被更改。</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="302"/>
        <source>the server answered with nothing</source>
        <translation>服务器返回了空回复</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="306"/>
        <source>Connected: first token after {:.0f} ms</source>
        <translation>已连接：首个 token 用时 {:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="324"/>
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
    <name>RelationshipsDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="80"/>
        <source>new</source>
        <translation>新朋友</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="81"/>
        <source>strained</source>
        <translation>紧张</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="82"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="342"/>
        <source>acquaintance</source>
        <translation>熟人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="83"/>
        <source>regular</source>
        <translation>常客</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="84"/>
        <source>close friend</source>
        <translation>好朋友</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="209"/>
        <source>Relationships</source>
        <translation>人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="255"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="258"/>
        <source>Select exactly two people who are really one (e.g. on Twitch and on the phone)</source>
        <translation>选择恰好两个其实是同一人的条目（例如在 Twitch 上和电话里）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="262"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="352"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="264"/>
        <source>Delete the selected person with their interactions, turns and memories</source>
        <translation>删除所选的人及其互动、发言和记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="267"/>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="269"/>
        <source>Add or update people from a CSV file (all rows, or none if one has a problem)</source>
        <translation>从 CSV 文件添加或更新人物（全部导入；任一行有问题则一行都不导入）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="272"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="273"/>
        <source>Save everyone to a CSV file for a spreadsheet</source>
        <translation>将所有人保存为 CSV 文件，便于用电子表格查看</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="275"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="296"/>
        <source>Search names, identities and notes</source>
        <translation>搜索名字、身份和备注</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="307"/>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="308"/>
        <source>Identities</source>
        <translation>身份</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="310"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="438"/>
        <source>Affinity</source>
        <translation>好感度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="315"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="343"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="444"/>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="321"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="344"/>
        <source>Interactions</source>
        <translation>互动次数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="327"/>
        <source>Last seen</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="332"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="346"/>
        <source>Remember</source>
        <translation>记住</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="333"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="333"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="371"/>
        <source>Select a person to see and edit what Neiri knows about them.</source>
        <translation>选择一个人，查看并编辑 Neiri 对其的了解。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="402"/>
        <source>What Neiri calls them</source>
        <translation>Neiri 怎么称呼对方</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="415"/>
        <source>Comma-separated, e.g. moderator, artist</source>
        <translation>用逗号分隔，例如：管理员, 画师</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="418"/>
        <source>Your own notes; Neiri reads them too (e.g. “likes cat pictures”).</source>
        <translation>你自己的备注；Neiri 也会读到（例如“喜欢猫咪图片”）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="422"/>
        <source>Remember this person</source>
        <translation>记住这个人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="425"/>
        <source>When off, Neiri records no interactions with them, keeps no new memories about them and uses no relationship card.</source>
        <translation>关闭后，Neiri 不记录与其的互动、不保存关于其的新记忆，也不使用关系卡片。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="435"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="440"/>
        <source>How she feels about them: −1 cold, 0 neutral, 1 close friend.</source>
        <translation>她对对方的感觉：−1 冷淡，0 中立，1 好朋友。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="446"/>
        <source>0 to 1; it grows with good conversations.</source>
        <translation>0 到 1；随着愉快的对话而增长。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="448"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="449"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="481"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="483"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="490"/>
        <source>Card preview</source>
        <translation>卡片预览</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="497"/>
        <source>What Neiri reads about them before she answers (as you edit it).</source>
        <translation>Neiri 回答前读到的关于对方的内容（随编辑实时更新）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="542"/>
        <source>Relationships are still loading…</source>
        <translation>人际关系仍在加载…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="543"/>
        <source>This page fills in by itself when Neiri is ready.</source>
        <translation>Neiri 准备好后此页面会自动填充。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="555"/>
        <source>Relationships are switched off in Settings &gt; Memory &amp; people: Neiri records no new interactions and uses no relationship cards. What she already knows is still here, and you can still edit or delete it.</source>
        <translation>人际关系已在“设置 &gt; 记忆与人物”中关闭：Neiri 不记录新的互动，也不使用关系卡片。她已知的内容仍在这里，你仍可编辑或删除。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="615"/>
        <source>Loading</source>
        <translation>加载</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="627"/>
        <source>1 person found</source>
        <translation>找到 1 人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="627"/>
        <source>{count} people found</source>
        <translation>找到 {count} 人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="631"/>
        <source>Nobody yet: people appear here once they talk with Neiri.</source>
        <translation>还没有人：与 Neiri 聊过天的人会出现在这里。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="635"/>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="635"/>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="689"/>
        <source>First seen {first} · last seen {last} · {count} interactions</source>
        <translation>首次出现 {first} · 最近一次 {last} · 互动 {count} 次</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="698"/>
        <source>Counting memories</source>
        <translation>统计记忆</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="711"/>
        <source>Neiri remembers 1 thing about them (see Tools &gt; Memory).</source>
        <translation>Neiri 记得关于对方的 1 件事（见“工具 &gt; 记忆”）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="712"/>
        <source>Neiri remembers {count} things about them (see Tools &gt; Memory).</source>
        <translation>Neiri 记得关于对方的 {count} 件事（见“工具 &gt; 记忆”）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="766"/>
        <source>(No card: Neiri does not remember this person.)</source>
        <translation>（无卡片：Neiri 不记住这个人。）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="817"/>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="832"/>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="839"/>
        <source>Select exactly two people to merge.</source>
        <translation>请选择恰好两个人进行合并。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="852"/>
        <source>Merging</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="863"/>
        <source>Merged into {name}: {keys}.</source>
        <translation>已合并为 {name}：{keys}。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="878"/>
        <source>Delete a person</source>
        <translation>删除一个人</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="879"/>
        <source>Delete {name}?</source>
        <translation>删除 {name}？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="882"/>
        <source>This deletes their identities ({keys}), their interactions, the turns they spoke and every memory Neiri has about them. It cannot be undone.</source>
        <translation>这会删除其身份（{keys}）、互动、说过的话，以及 Neiri 关于其的所有记忆。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="886"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="887"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="899"/>
        <source>Deleting</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="913"/>
        <source>Deleted {name}. Their memories could not be forgotten because the memory is not loaded: open Tools &gt; Memory later and forget those about {keys}.</source>
        <translation>已删除 {name}。由于记忆尚未加载，无法遗忘关于其的记忆：请稍后打开“工具 &gt; 记忆”，遗忘关于 {keys} 的记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="925"/>
        <source>Deleted {name}, but their memories could not be forgotten: {error}</source>
        <translation>已删除 {name}，但无法遗忘关于其的记忆：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="933"/>
        <source>Deleted {name} and the 1 memory about them.</source>
        <translation>已删除 {name} 及关于其的 1 条记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="934"/>
        <source>Deleted {name} and the {count} memories about them.</source>
        <translation>已删除 {name} 及关于其的 {count} 条记忆。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="944"/>
        <source>Export relationships</source>
        <translation>导出人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="946"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="990"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="979"/>
        <source>Exported 1 person to {path}</source>
        <translation>已将 1 人导出到 {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="980"/>
        <source>Exported {count} people to {path}</source>
        <translation>已将 {count} 人导出到 {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="987"/>
        <source>Import relationships</source>
        <translation>导入人际关系</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="990"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1014"/>
        <source>Imported 1 row from {file}.</source>
        <translation>已从 {file} 导入 1 行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1015"/>
        <source>Imported {count} rows from {file}.</source>
        <translation>已从 {file} 导入 {count} 行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1035"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>未导入任何内容：{file} 有问题。请修正后重试：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1043"/>
        <source>The CSV file could not be used: {error}</source>
        <translation>无法使用该 CSV 文件：{error}</translation>
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
        <location filename="../ui/dialogs/settings_dialog.py" line="163"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="228"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="257"/>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="230"/>
        <source>Keep my values</source>
        <translation>保留我的值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="235"/>
        <source>Overwrite anyway</source>
        <translation>仍然覆盖</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="237"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="254"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="255"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="256"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Reset the values on this page</source>
        <translation>重置本页的值</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="373"/>
        <source>Could not list audio devices: {error}</source>
        <translation>无法列出音频设备：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="445"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="448"/>
        <source>Fix the values marked in red to save ({pages}).</source>
        <translation>请先修正标红的值再保存（{pages}）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="454"/>
        <source>You have unsaved changes.</source>
        <translation>有未保存的更改。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="475"/>
        <source>Restore the default values of the “{page}” page? Your values on it are lost when you apply.</source>
        <translation>要恢复“{page}”页的默认值吗？应用后，你在该页上的值将丢失。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="548"/>
        <source>The settings were not saved: {reason}. Saving replaces the whole file with the values shown here.</source>
        <translation>设置未保存：{reason}。保存会用这里显示的值替换整个文件。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="556"/>
        <source>The settings could not be saved to {path}: {error}</source>
        <translation>无法将设置保存到 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="568"/>
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
