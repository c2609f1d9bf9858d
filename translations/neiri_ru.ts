<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AsrPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1296"/>
        <source>Speech recognition</source>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1297"/>
        <source>Turning what you say into text (Whisper, on this computer).</source>
        <translation>Превращает вашу речь в текст (Whisper, на этом компьютере).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1300"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1307"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1303"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1304"/>
        <source>Use a Whisper model folder (CTranslate2 format)</source>
        <translation>Выбрать папку с моделью Whisper (формат CTranslate2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1309"/>
        <source>The character&apos;s language</source>
        <translation>Язык персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1311"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1313"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1316"/>
        <source>Runs on</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1324"/>
        <source>Precision</source>
        <translation>Точность</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1333"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1334"/>
        <source>CPU threads</source>
        <translation>Потоки CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1335"/>
        <source>Beam size</source>
        <translation>Ширина луча</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1340"/>
        <source>Choose a Whisper model folder</source>
        <translation>Выберите папку с моделью Whisper</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1119"/>
        <source>Audio</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1120"/>
        <source>Which microphone Neiri listens to and where her voice plays.</source>
        <translation>Какой микрофон слушает Neiri и где звучит её голос.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1123"/>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1124"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1139"/>
        <source>Looking for audio devices…</source>
        <translation>Поиск аудиоустройств…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1126"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1127"/>
        <source>Look for audio devices again</source>
        <translation>Снова найти аудиоустройства</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1131"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1137"/>
        <source>Speak: the bar should move.</source>
        <translation>Скажите что-нибудь: полоска должна двигаться.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1138"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1141"/>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1142"/>
        <source>Play a short sound on this device</source>
        <translation>Воспроизвести короткий звук на этом устройстве</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1146"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1159"/>
        <source>Speakers</source>
        <translation>Динамики</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1157"/>
        <source>Listening</source>
        <translation>Прослушивание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1159"/>
        <source>Headphones</source>
        <translation>Наушники</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1162"/>
        <source>You use</source>
        <translation>Вы используете</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1165"/>
        <source>Microphone gain</source>
        <translation>Усиление микрофона</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1167"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1217"/>
        <source> dB</source>
        <translation> дБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1171"/>
        <source>Speech threshold</source>
        <translation>Порог речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1177"/>
        <source>Pause that ends a sentence</source>
        <translation>Пауза в конце фразы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1179"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1187"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1199"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1205"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1182"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1185"/>
        <source>Block length</source>
        <translation>Длина блока</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1191"/>
        <source>End-of-speech threshold</source>
        <translation>Порог конца речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1197"/>
        <source>Shortest speech</source>
        <translation>Мин. длина речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1203"/>
        <source>Pre-roll</source>
        <translation>Предзапись</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1209"/>
        <source>Longest utterance</source>
        <translation>Макс. длина фразы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1211"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1215"/>
        <source>Speakers margin</source>
        <translation>Запас для динамиков</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1237"/>
        <source>No audio devices found</source>
        <translation>Аудиоустройства не найдены</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1240"/>
        <source>{name} (not available)</source>
        <translation>{name} (недоступно)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1254"/>
        <source>System default</source>
        <translation>По умолчанию в системе</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1256"/>
        <source>System default ({name})</source>
        <translation>По умолчанию в системе ({name})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1262"/>
        <source>{api}, device {index}</source>
        <translation>{api}, устройство {index}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1269"/>
        <source>{name} (not connected)</source>
        <translation>{name} (не подключено)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1275"/>
        <source>PortAudio reports no audio devices on this computer.</source>
        <translation>PortAudio не видит на этом компьютере ни одного аудиоустройства.</translation>
    </message>
</context>
<context>
    <name>AvatarPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1945"/>
        <source>Avatar</source>
        <translation>Аватар</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1945"/>
        <source>The animated figure on screen and in OBS.</source>
        <translation>Анимированная фигура на экране и в OBS.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1949"/>
        <source>&lt;b&gt;Avatar settings arrive with the avatar.&lt;/b&gt;&lt;br&gt;&lt;br&gt;The model, expressions, lip-sync and the desktop-pet mode will be set up here once the avatar part of Neiri is installed. Until then there is nothing to change, and nothing here is hidden from you.</source>
        <translation>&lt;b&gt;Настройки аватара появятся вместе с аватаром.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Модель, выражения лица, синхронизация губ и режим питомца на рабочем столе настраиваются здесь, когда будет установлена часть Neiri, отвечающая за аватар. До тех пор менять нечего, и ничего от вас не скрыто.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1959"/>
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
        <location filename="../ui/dialogs/settings_pages.py" line="1649"/>
        <source>the emotion {tag!r} is listed twice</source>
        <translation>эмоция {tag!r} указана дважды</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1690"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1699"/>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1691"/>
        <source>Who Neiri plays: her persona and how her emotions show on the avatar.</source>
        <translation>Кого играет Neiri: её образ и то, как эмоции отражаются на аватаре.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1702"/>
        <source>Plays</source>
        <translation>Играет</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1707"/>
        <source>Persona</source>
        <translation>Образ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1712"/>
        <source>The instructions that define her, sent to the language model.</source>
        <translation>Инструкции, которые задают её характер; отправляются языковой модели.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1726"/>
        <source>Emotions</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1732"/>
        <source>Each emotion tag the model may write, and the avatar expression it shows.</source>
        <translation>Теги эмоций, которые может писать модель, и выражение аватара для каждого.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1738"/>
        <source>Emotion tag</source>
        <translation>Тег эмоции</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1738"/>
        <source>Avatar expression</source>
        <translation>Выражение аватара</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1747"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1749"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1815"/>
        <source>This character could not be loaded: {error}</source>
        <translation>Не удалось загрузить персонажа: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1827"/>
        <source>Your copy: {path}</source>
        <translation>Ваша копия: {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1829"/>
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
        <location filename="../ui/dialogs/wizard.py" line="1167"/>
        <source>Set up Neiri</source>
        <translation>Настройка Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1173"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1174"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1175"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1176"/>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1199"/>
        <source>Welcome</source>
        <translation>Приветствие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1200"/>
        <location filename="../ui/dialogs/wizard.py" line="1631"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1201"/>
        <source>Your computer</source>
        <translation>Ваш компьютер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1202"/>
        <location filename="../ui/dialogs/wizard.py" line="1632"/>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1203"/>
        <source>Hearing and voice</source>
        <translation>Слух и голос</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1204"/>
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1264"/>
        <source>Your settings were not saved: {reason}</source>
        <translation>Настройки не сохранены: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1269"/>
        <source>Your settings could not be saved to {path}: {reason}</source>
        <translation>Не удалось сохранить настройки в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1362"/>
        <source>The bundled model works on any computer.</source>
        <translation>Встроенная модель работает на любом компьютере.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1364"/>
        <source>The smallest model is the safe choice when the computer is unknown.</source>
        <translation>Когда о компьютере ничего не известно, самая маленькая модель — надёжный выбор.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1441"/>
        <source>Stopped. Downloading {model} again continues where it stopped.</source>
        <translation>Остановлено. Повторная загрузка {model} продолжится с того же места.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1458"/>
        <source>Ollama stopped before {model} was ready.</source>
        <translation>Ollama остановилась до того, как {model} была готова.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1519"/>
        <source>Loading it once to be sure it works…</source>
        <translation>Пробная загрузка, чтобы убедиться, что всё работает…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1527"/>
        <source>Not downloaded.</source>
        <translation>Не загружено.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1541"/>
        <source>Stopped. What was downloaded is kept; Download continues it.</source>
        <translation>Остановлено. Загруженное сохранено; кнопка «Скачать» продолжит загрузку.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1593"/>
        <source>Found</source>
        <translation>Найден</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1594"/>
        <source>None: Neiri works with typed messages</source>
        <translation>Нет: Neiri работает с текстовыми сообщениями</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1595"/>
        <source>Not checked</source>
        <translation>Не проверен</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1599"/>
        <source>{model} in Ollama at {url}</source>
        <translation>{model} в Ollama по адресу {url}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1603"/>
        <source>{model} (start Ollama with: ollama serve)</source>
        <translation>{model} (запустите Ollama: ollama serve)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1605"/>
        <source>{model} (install Ollama first: {link})</source>
        <translation>{model} (сначала установите Ollama: {link})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1611"/>
        <source>— not downloaded yet: ollama pull {model}</source>
        <translation>— ещё не загружена: ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1618"/>
        <source>{model} ({wanted} was not downloaded)</source>
        <translation>{model} ({wanted} не загружена)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1621"/>
        <source>the character&apos;s voice</source>
        <translation>голос персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1625"/>
        <source>{voice} ({wanted} was not downloaded)</source>
        <translation>{voice} ({wanted} не загружен)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1629"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1630"/>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1633"/>
        <source>Speech recognition</source>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1634"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1635"/>
        <source>Settings file</source>
        <translation>Файл настроек</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1638"/>
        <source>New speech models and language are used from Neiri&apos;s next start. You can run this wizard again from the Neiri menu.</source>
        <translation>Новые речевые модели и язык начнут работать при следующем запуске Neiri. Мастер можно запустить снова из меню Neiri.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1071"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1072"/>
        <source>Language of the app and how long conversations are remembered.</source>
        <translation>Язык приложения и то, как долго помнятся разговоры.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1075"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1079"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1082"/>
        <source>Language of menus and dialogs. Applies after a restart.</source>
        <translation>Язык меню и окон. Применяется после перезапуска.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1084"/>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1087"/>
        <source>Remembered turns</source>
        <translation>Реплик в памяти</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1093"/>
        <source>Longest message</source>
        <translation>Макс. длина сообщения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1095"/>
        <source> characters</source>
        <translation> симв.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1099"/>
        <source>Resume within</source>
        <translation>Продолжать в течение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1102"/>
        <source> hours</source>
        <translation> ч</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="523"/>
        <source>Your computer</source>
        <translation>Ваш компьютер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="524"/>
        <source>Neiri checks what your computer can run comfortably.</source>
        <translation>Neiri проверяет, что ваш компьютер потянет без труда.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="533"/>
        <source>Checking your computer…</source>
        <translation>Проверка компьютера…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="537"/>
        <source>Hardware</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="544"/>
        <source>Processor</source>
        <translation>Процессор</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="545"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="546"/>
        <source>Graphics</source>
        <translation>Видеокарта</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="550"/>
        <source>Recommended for this computer</source>
        <translation>Рекомендуется для этого компьютера</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="558"/>
        <source>Speech recognition</source>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="562"/>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="581"/>
        <source>Neiri could not check this computer ({error}); she suggests the smallest models.</source>
        <translation>Neiri не смогла проверить этот компьютер ({error}) и предлагает самые маленькие модели.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="587"/>
        <source>{cores} cores, {threads} threads</source>
        <translation>Ядер: {cores}, потоков: {threads}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="592"/>
        <source>{total} ({free} free)</source>
        <translation>{total} (свободно {free})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="600"/>
        <source>No NVIDIA graphics card found: models run on the processor.</source>
        <translation>Видеокарта NVIDIA не найдена: модели работают на процессоре.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="607"/>
        <source>and {n} more</source>
        <translation>и ещё {n}</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2058"/>
        <source>Integrations</source>
        <translation>Интеграции</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2059"/>
        <source>Connections to streaming services and other apps.</source>
        <translation>Подключения к стриминговым сервисам и другим приложениям.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2064"/>
        <source>&lt;b&gt;Not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Twitch chat and events, OBS scene control, VTube Studio and telephony each arrive with their own part of Neiri. None of them is installed, so none of them is active and there is nothing to configure here yet.</source>
        <translation>&lt;b&gt;Пока не настроено.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Чат и события Twitch, управление сценами OBS, VTube Studio и телефония появятся каждая со своей частью Neiri. Ни одна из них не установлена, поэтому ничего не активно и настраивать здесь пока нечего.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="369"/>
        <source>Welcome to Neiri</source>
        <translation>Добро пожаловать в Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="372"/>
        <source>A few quick steps and she is ready to talk. You can change all of this later in Settings.</source>
        <translation>Несколько быстрых шагов — и она готова к разговору. Всё это можно изменить позже в настройках.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="377"/>
        <source>You and Neiri</source>
        <translation>Вы и Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="388"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="392"/>
        <source>For menus and messages, and the speech models Neiri suggests.</source>
        <translation>Для меню и сообщений, а также для речевых моделей, которые предложит Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="407"/>
        <source>Speaks {language}; her voice is {voice}.</source>
        <translation>Язык: {language}; голос: {voice}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="415"/>
        <source>Character</source>
        <translation>Персонаж</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="423"/>
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
        <location filename="../ui/dialogs/settings_pages.py" line="512"/>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="533"/>
        <source>{level:.0f} dB</source>
        <translation>{level:.0f} дБ</translation>
    </message>
</context>
<context>
    <name>LlmPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1367"/>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1368"/>
        <source>The server that writes Neiri&apos;s replies.</source>
        <translation>Сервер, который пишет ответы Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1371"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1373"/>
        <source>Ollama (local)</source>
        <translation>Ollama (локально)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1373"/>
        <source>OpenAI-compatible</source>
        <translation>Совместимый с OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1376"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1378"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1382"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1383"/>
        <source>Ask the server which models it has</source>
        <translation>Запросить у сервера список моделей</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1386"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1393"/>
        <source>Not needed for a local Ollama</source>
        <translation>Не нужен для локальной Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1394"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1402"/>
        <source>Test connection</source>
        <translation>Проверить связь</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1411"/>
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1414"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1420"/>
        <source>Longest reply</source>
        <translation>Макс. длина ответа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1422"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1428"/>
        <source> tokens</source>
        <translation> токенов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1426"/>
        <source>Context window</source>
        <translation>Окно контекста</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1430"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1431"/>
        <source>Keep loaded for</source>
        <translation>Держать в памяти</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1433"/>
        <source>Retries</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1437"/>
        <source>First retry after</source>
        <translation>Первый повтор через</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1439"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1445"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1443"/>
        <source>Reply timeout</source>
        <translation>Тайм-аут ответа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1450"/>
        <source>Asking the server for its models…</source>
        <translation>Запрос списка моделей у сервера…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1457"/>
        <source>Could not get the model list: {reason}</source>
        <translation>Не удалось получить список моделей: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1469"/>
        <source>{count} models on the server.</source>
        <translation>Моделей на сервере: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1471"/>
        <source>“{model}” is not one of them.</source>
        <translation>«{model}» среди них нет.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1476"/>
        <source>The server has no models yet. With Ollama: ollama pull llama3.2:3b</source>
        <translation>На сервере пока нет моделей. Для Ollama: ollama pull llama3.2:3b</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1482"/>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1489"/>
        <source>{text} (first token after {ms:.0f} ms)</source>
        <translation>{text} (первый токен через {ms:.0f} мс)</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="343"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="344"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="345"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="346"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="347"/>
        <source>Turn</source>
        <translation>Реплика</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="348"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="349"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="429"/>
        <source>{:,.0f} ms</source>
        <translation>{:,.0f} мс</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="485"/>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="521"/>
        <source>All levels</source>
        <translation>Все уровни</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="522"/>
        <source>Info and above</source>
        <translation>Информация и выше</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="523"/>
        <source>Warnings and above</source>
        <translation>Предупреждения и выше</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="524"/>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="527"/>
        <location filename="../ui/dialogs/log_viewer.py" line="757"/>
        <source>All components</source>
        <translation>Все компоненты</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="534"/>
        <source>Any turn</source>
        <translation>Любая реплика</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="539"/>
        <source>Search messages and fields</source>
        <translation>Поиск по сообщениям и полям</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="543"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="545"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="559"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="567"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="569"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="571"/>
        <location filename="../ui/dialogs/log_viewer.py" line="609"/>
        <source>Turn</source>
        <translation>Реплика</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="614"/>
        <location filename="../ui/dialogs/log_viewer.py" line="647"/>
        <source>Copy row</source>
        <translation>Копировать строку</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="618"/>
        <source>Show this turn</source>
        <translation>Показать эту реплику</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="627"/>
        <source>Select a row to see all its fields.</source>
        <translation>Выберите строку, чтобы увидеть все её поля.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="642"/>
        <source>Follow new lines</source>
        <translation>Следить за новыми строками</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="644"/>
        <source>Show turn</source>
        <translation>Показать реплику</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="645"/>
        <source>Show every event of the selected row&apos;s turn</source>
        <translation>Показать все события реплики выбранной строки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="648"/>
        <source>Copy the selected rows as JSON lines</source>
        <translation>Копировать выбранные строки в формате JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="650"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="651"/>
        <source>Save the rows shown as JSONL or ZIP</source>
        <translation>Сохранить показанные строки в JSONL или ZIP</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="653"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="673"/>
        <source>Reading the logs…</source>
        <translation>Чтение журналов…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="695"/>
        <source>Part of the logs could not be read: {error}</source>
        <translation>Часть журналов не удалось прочитать: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="767"/>
        <source>No log file yet: {path}</source>
        <translation>Файла журнала пока нет: {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="769"/>
        <source>{total} lines</source>
        <translation>Строк: {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="771"/>
        <source>Showing {shown} of {total} lines</source>
        <translation>Показано строк: {shown} из {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="775"/>
        <source>{count} unreadable</source>
        <translation>нечитаемых: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="940"/>
        <source>This line is not valid JSON:</source>
        <translation>Эта строка не является корректным JSON:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="975"/>
        <source>Export log lines</source>
        <translation>Экспорт строк журнала</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="977"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="977"/>
        <source>ZIP archive (*.zip)</source>
        <translation>Архив ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="994"/>
        <source>Export failed: {error}</source>
        <translation>Ошибка экспорта: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="998"/>
        <source>Exported {count} rows to {path}</source>
        <translation>Экспортировано строк: {count}, файл: {path}</translation>
    </message>
</context>
<context>
    <name>LoggingPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2084"/>
        <source>Logging</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2085"/>
        <source>What Neiri writes to her log files, for finding out what went wrong.</source>
        <translation>Что Neiri пишет в журналы, чтобы можно было разобраться, что пошло не так.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2088"/>
        <source>Log files</source>
        <translation>Файлы журнала</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2091"/>
        <source>Debug (everything)</source>
        <translation>Отладка (всё)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2092"/>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2093"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2094"/>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2098"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2101"/>
        <source>Rotate at</source>
        <translation>Новый файл после</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2104"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2106"/>
        <source>Size at which the log file is closed and a new one started.</source>
        <translation>Размер, при котором файл журнала закрывается и начинается новый.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2109"/>
        <source>Old files kept</source>
        <translation>Хранить старых файлов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2114"/>
        <source>Open log folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2116"/>
        <source>View logs…</source>
        <translation>Просмотр журналов…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="40"/>
        <source>Mic</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="41"/>
        <source>ASR</source>
        <translation>Распознавание</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="42"/>
        <source>LLM</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="43"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="87"/>
        <source>Switch character: persona, voice and avatar</source>
        <translation>Сменить персонажа: образ, голос и аватар</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <location filename="../ui/main_window.py" line="372"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <source>Character:</source>
        <translation>Персонаж:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="118"/>
        <source>Type a message and press Enter…</source>
        <translation>Введите сообщение и нажмите Enter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="121"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="124"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="127"/>
        <source>Stop her talking now (Esc)</source>
        <translation>Остановить её речь (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>&amp;Neiri</source>
        <translation>&amp;Neiri</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>First-run &amp;wizard…</source>
        <translation>&amp;Мастер первого запуска…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>&amp;Log viewer…</source>
        <translation>&amp;Журналы…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>&amp;Desktop pet</source>
        <translation>&amp;Питомец на рабочем столе</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="183"/>
        <source>&amp;Memory…</source>
        <translation>&amp;Память…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="185"/>
        <source>&amp;Relationships…</source>
        <translation>&amp;Отношения…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="187"/>
        <source>&amp;Telephony…</source>
        <translation>&amp;Телефония…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="274"/>
        <source>Could not send the message: {}</source>
        <translation>Не удалось отправить сообщение: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="280"/>
        <source>she is still waking up</source>
        <translation>она ещё просыпается</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="300"/>
        <source>Microphone on: click to mute</source>
        <translation>Микрофон включён: нажмите, чтобы выключить</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="302"/>
        <source>Microphone muted: click to listen, or hold {} to talk</source>
        <translation>Микрофон выключен: нажмите, чтобы включить, или удерживайте {}, чтобы говорить</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="312"/>
        <source>Could not switch character: {}</source>
        <translation>Не удалось сменить персонажа: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="321"/>
        <source>Now talking with {}</source>
        <translation>Теперь вы говорите с {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="335"/>
        <source>This part of Neiri is not set up yet.</source>
        <translation>Эта часть Neiri пока не настроена.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="337"/>
        <source>It arrives with its own update; nothing here is stored or changed yet.</source>
        <translation>Она появится с отдельным обновлением; пока здесь ничего не хранится и не меняется.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="346"/>
        <source>Thinking…</source>
        <translation>Думает…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="366"/>
        <source>The avatar page could not be served: {}</source>
        <translation>Не удалось открыть страницу аватара: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="376"/>
        <source>Speaking…</source>
        <translation>Говорит…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="380"/>
        <source>Ready</source>
        <translation>Готова</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="381"/>
        <source>Listening</source>
        <translation>Слушает</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="381"/>
        <location filename="../ui/main_window.py" line="408"/>
        <source>Muted</source>
        <translation>Микрофон выключен</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="385"/>
        <source>Hearing you…</source>
        <translation>Слышит вас…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="408"/>
        <source>Push to talk…</source>
        <translation>Разговор по клавише…</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="113"/>
        <source>About a viewer</source>
        <translation>О зрителе</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="114"/>
        <source>About herself</source>
        <translation>О себе</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="115"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="949"/>
        <source>About someone else</source>
        <translation>О ком-то другом</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="116"/>
        <source>Chat note</source>
        <translation>Заметка из чата</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="117"/>
        <source>Feeling</source>
        <translation>Чувство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="118"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="121"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="122"/>
        <source>Typed chat</source>
        <translation>Набранный текст</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="123"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="124"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="125"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="140"/>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="126"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="953"/>
        <source>Added by hand</source>
        <translation>Добавлено вручную</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="129"/>
        <source>Learned</source>
        <translation>Узнала</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="130"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1064"/>
        <source>Heard again</source>
        <translation>Услышала снова</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="131"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="141"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="132"/>
        <source>Summarised</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="133"/>
        <source>Expired</source>
        <translation>Истёк срок</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="136"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="137"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="138"/>
        <source>Forgotten</source>
        <translation>Забыто</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="139"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1094"/>
        <source>Forgotten with a person</source>
        <translation>Забыто вместе с человеком</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="142"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="145"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="752"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="146"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1092"/>
        <source>Relationships</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="420"/>
        <source>{what} failed: {error}</source>
        <translation>{what}: ошибка — {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="794"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1045"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1065"/>
        <source>Memories</source>
        <translation>Воспоминания</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="795"/>
        <source>Memory log</source>
        <translation>Журнал памяти</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="796"/>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="811"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="814"/>
        <source>Add memories from a JSON or YAML file (all of them, or none if it has a problem)</source>
        <translation>Добавить воспоминания из файла JSON или YAML (все сразу или ни одного, если в файле есть ошибка)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="818"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="820"/>
        <source>Save every memory to a JSON or YAML file (a backup you can import again)</source>
        <translation>Сохранить все воспоминания в файл JSON или YAML (резервная копия, которую можно импортировать снова)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="823"/>
        <source>Tidy up now</source>
        <translation>Навести порядок</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="826"/>
        <source>Remove expired memories, merge duplicates and summarise old chat now (Neiri also does this by herself when she is idle)</source>
        <translation>Удалить устаревшие воспоминания, объединить повторы и свести старый чат в итог прямо сейчас (Neiri делает это и сама, когда свободна)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="831"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="857"/>
        <source>Search by meaning, e.g. “what pets does Mika have?” (empty: list them all)</source>
        <translation>Поиск по смыслу, например «какие питомцы у Мики?» (пусто — показать все)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="867"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="871"/>
        <source>Anyone</source>
        <translation>Кто угодно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="875"/>
        <source>All sources</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="883"/>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="886"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="890"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="900"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="915"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="902"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="916"/>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="904"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="924"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="906"/>
        <source>Importance at least</source>
        <translation>Важность от</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="908"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="914"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="918"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="951"/>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="923"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="926"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="932"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="938"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="956"/>
        <source>Match</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="964"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1474"/>
        <source>Forget</source>
        <translation>Забыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="968"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="979"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="977"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="981"/>
        <source>Forget…</source>
        <translation>Забыть…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="982"/>
        <source>Forget the selected memories (Delete)</source>
        <translation>Забыть выбранные воспоминания (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="985"/>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="988"/>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1010"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1023"/>
        <source>Select a row to see everything it recorded.</source>
        <translation>Выберите строку, чтобы увидеть всё, что в ней записано.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1039"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1072"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1043"/>
        <source>What she did</source>
        <translation>Что она сделала</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1050"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1056"/>
        <source>What Neiri did to her memory by herself: facts she learned from conversations, duplicates merged, old chat summarised, expired memories removed. Newest first.</source>
        <translation>Что Neiri сделала со своей памятью сама: факты, узнанные из разговоров, объединённые повторы, итоги старого чата, удалённые устаревшие воспоминания. Сначала новые.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1076"/>
        <source>Area</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1077"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1078"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1078"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1079"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1085"/>
        <source>Every change made by hand to memories and relationships, with the values before and after. Newest first.</source>
        <translation>Все изменения воспоминаний и отношений, сделанные вручную, со значениями до и после. Сначала новые.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1146"/>
        <source>Memory could not be opened</source>
        <translation>Не удалось открыть память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1149"/>
        <source>{error}

Neiri talks without her long-term memory until this is fixed.</source>
        <translation>{error}

Пока это не исправлено, Neiri разговаривает без долговременной памяти.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1154"/>
        <source>Memory is switched off in Settings &gt; Memory &amp; people</source>
        <translation>Память выключена в «Настройки &gt; Память и люди»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1158"/>
        <source>Neiri neither recalls nor learns anything while it is off. Switch it on there to see and edit what she remembers.</source>
        <translation>Пока она выключена, Neiri ничего не вспоминает и ничего не запоминает. Включите её там, чтобы видеть и редактировать то, что она помнит.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1163"/>
        <source>Memory is still loading…</source>
        <translation>Память ещё загружается…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1166"/>
        <source>The memory model is starting; this page fills in by itself when it is ready.</source>
        <translation>Модель памяти запускается; страница заполнится сама, когда всё будет готово.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1292"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1292"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1293"/>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1344"/>
        <source>1 memory</source>
        <translation>1 воспоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1344"/>
        <source>{count} memories</source>
        <translation>Воспоминаний: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1347"/>
        <source>Closest to “{query}” first</source>
        <translation>Сначала самые близкие к «{query}»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1350"/>
        <source>{shown} of {total} match the filters</source>
        <translation>Подходят под фильтры: {shown} (всего: {total})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1354"/>
        <source>No memories yet: Neiri learns them as she talks, or add one here.</source>
        <translation>Воспоминаний пока нет: Neiri запоминает во время разговоров, а ещё их можно добавить здесь.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1365"/>
        <source>{first}–{last} of {count}</source>
        <translation>{first}–{last} из {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1425"/>
        <source>Saving the memory</source>
        <translation>Сохранение воспоминания</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1432"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1491"/>
        <source>the memory is not available</source>
        <translation>память недоступна</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1435"/>
        <source>Added: “{text}”</source>
        <translation>Добавлено: «{text}»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1442"/>
        <source>Saved: “{text}”</source>
        <translation>Сохранено: «{text}»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1463"/>
        <source>Forget memories</source>
        <translation>Забыть воспоминания</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1465"/>
        <source>Forget “{text}”?</source>
        <translation>Забыть «{text}»?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1467"/>
        <source>Forget these {count} memories?</source>
        <translation>Забыть выбранные воспоминания ({count})?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1470"/>
        <source>Neiri will no longer recall them. This cannot be undone (the audit log keeps a copy of the text).</source>
        <translation>Neiri больше не будет их вспоминать. Это нельзя отменить (в журнале изменений останется копия текста).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1475"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1486"/>
        <source>Forgetting</source>
        <translation>Забывание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1498"/>
        <source>1 memory forgotten.</source>
        <translation>1 воспоминание забыто.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1498"/>
        <source>{count} memories forgotten.</source>
        <translation>Забыто воспоминаний: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1541"/>
        <source>Import memories</source>
        <translation>Импорт воспоминаний</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1545"/>
        <source>Memory files (*.json *.yaml *.yml)</source>
        <translation>Файлы памяти (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1545"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1558"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1569"/>
        <source>1 memory added</source>
        <translation>добавлено 1 воспоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1569"/>
        <source>{count} memories added</source>
        <translation>добавлено воспоминаний: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1575"/>
        <source>1 replaced (same id)</source>
        <translation>1 заменено (тот же id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1576"/>
        <source>{count} replaced (same id)</source>
        <translation>заменено: {count} (тот же id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1580"/>
        <source>Imported {file}: {result}.</source>
        <translation>Импортирован {file}: {result}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1594"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>Ничего не импортировано: в {file} есть ошибки. Исправьте их и попробуйте снова:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1601"/>
        <source>Nothing was imported: {error}</source>
        <translation>Ничего не импортировано: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1605"/>
        <source>Export memories</source>
        <translation>Экспорт воспоминаний</translation>
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
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1645"/>
        <source>Exported 1 memory to {path}</source>
        <translation>1 воспоминание экспортировано в {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1646"/>
        <source>Exported {count} memories to {path}</source>
        <translation>Экспортировано воспоминаний: {count}, файл {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1656"/>
        <source>The memories could not be exported: {error}</source>
        <translation>Не удалось экспортировать воспоминания: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1664"/>
        <source>Tidying up…</source>
        <translation>Наводим порядок…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1668"/>
        <source>Tidying up</source>
        <translation>Наведение порядка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1688"/>
        <source>Nothing to tidy up: no expired memories, no duplicates, no old chat to summarise.</source>
        <translation>Наводить порядок не нужно: нет ни устаревших воспоминаний, ни повторов, ни старого чата для итога.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1692"/>
        <source>Tidied up. Expired memories removed: {pruned}. Duplicates merged: {merged}. Chat notes summarised: {summarized}.</source>
        <translation>Порядок наведён. Удалено устаревших воспоминаний: {pruned}. Объединено повторов: {merged}. Сведено в итог заметок из чата: {summarized}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1697"/>
        <source>She stopped early because a conversation started; the rest waits for her next quiet moment.</source>
        <translation>Она остановилась раньше, потому что начался разговор; остальное подождёт следующей паузы.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1711"/>
        <source>Reading the logs</source>
        <translation>Чтение журналов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1730"/>
        <source>The newest {count} entries</source>
        <translation>Последние записи: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1731"/>
        <source>1 entry</source>
        <translation>1 запись</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1731"/>
        <source>{count} entries</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1748"/>
        <source>Memory ids: {ids}</source>
        <translation>id воспоминаний: {ids}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1762"/>
        <source>Before:</source>
        <translation>До:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1764"/>
        <source>After:</source>
        <translation>После:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1825"/>
        <source>no change</source>
        <translation>без изменений</translation>
    </message>
</context>
<context>
    <name>MemoryItemDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="517"/>
        <source>Edit memory</source>
        <translation>Изменить воспоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="517"/>
        <source>Add a memory</source>
        <translation>Добавить воспоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="534"/>
        <source>One fact in one sentence, e.g. “Mika’s cat is called Miso.”</source>
        <translation>Один факт одним предложением, например «Кота Мики зовут Мисо.»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="542"/>
        <source>Nobody in particular</source>
        <translation>Ни о ком конкретно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="552"/>
        <source>Comma-separated, e.g. pets, family</source>
        <translation>Через запятую, например: питомцы, семья</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="558"/>
        <source>Optional, e.g. happy</source>
        <translation>Необязательно, например: радость</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="561"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="562"/>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="566"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="567"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="570"/>
        <source>About</source>
        <translation>О ком</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="572"/>
        <source>Pick a person, or type an identity such as twitch:12345.</source>
        <translation>Выберите человека или введите идентификатор, например twitch:12345.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="576"/>
        <source>Importance</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="578"/>
        <source>0 is trivia, 1 is something she must never forget.</source>
        <translation>0 — мелочь, 1 — то, что она не должна забыть никогда.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="580"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="581"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="582"/>
        <source>Emotion</source>
        <translation>Эмоция</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="585"/>
        <source>Forget after</source>
        <translation>Забыть через</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="587"/>
        <source>Feelings usually fade after a day; facts are kept forever.</source>
        <translation>Чувства обычно проходят за день; факты хранятся всегда.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="598"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="722"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="599"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="677"/>
        <source>Write what she should remember.</source>
        <translation>Напишите, что она должна запомнить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="722"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="304"/>
        <source>Memory &amp; people</source>
        <translation>Память и люди</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="305"/>
        <source>What Neiri remembers between conversations, and about whom.</source>
        <translation>Что Neiri помнит между разговорами и о ком.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="308"/>
        <source>Long-term memory</source>
        <translation>Долговременная память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="311"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="313"/>
        <source>Remember facts about you and her viewers</source>
        <translation>Запоминать факты о вас и её зрителях</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="315"/>
        <source>Off: nothing new is remembered or recalled; what she knows already is kept.</source>
        <translation>Если выключено, она не запоминает и не вспоминает ничего нового; то, что она уже знает, сохраняется.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="320"/>
        <source>Learning</source>
        <translation>Запоминание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="322"/>
        <source>Pick out new facts after each conversation</source>
        <translation>Выделять новые факты после каждого разговора</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="326"/>
        <source>Memories per reply</source>
        <translation>Воспоминаний на ответ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="332"/>
        <source>Memory budget</source>
        <translation>Лимит воспоминаний</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="334"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="405"/>
        <source> tokens</source>
        <translation> токенов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="338"/>
        <source>Longest wait</source>
        <translation>Макс. ожидание</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="340"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="342"/>
        <source>Open memory…</source>
        <translation>Открыть память…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="343"/>
        <source>See, edit and delete what she remembers</source>
        <translation>Просмотреть, изменить и удалить то, что она помнит</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="347"/>
        <source>Housekeeping</source>
        <translation>Наведение порядка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="350"/>
        <source>Tidy up every</source>
        <translation>Наводить порядок каждые</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="352"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="354"/>
        <source>How often duplicate memories are merged and old chat is summarised.</source>
        <translation>Как часто объединяются повторяющиеся воспоминания и старый чат сводится в итог.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="358"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="362"/>
        <source>Merge when alike</source>
        <translation>Объединять при сходстве</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="366"/>
        <source>How alike two memories must be to become one (100 % means identical).</source>
        <translation>Насколько похожими должны быть два воспоминания, чтобы слиться в одно (100 % — полностью одинаковые).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="372"/>
        <source>Summarise after</source>
        <translation>Сводить в итог через</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="374"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="375"/>
        <source>Chat notes older than this are folded into a short summary.</source>
        <translation>Заметки из чата старше этого срока сводятся в краткий итог.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="379"/>
        <source>Passing moods kept</source>
        <translation>Настроения хранятся</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="381"/>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="383"/>
        <source>How long short-lived memories, like the mood of the moment, are kept.</source>
        <translation>Сколько хранятся недолгие воспоминания, например сиюминутное настроение.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="390"/>
        <source>Relationships</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="393"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="395"/>
        <source>Keep track of the people she talks with</source>
        <translation>Запоминать людей, с которыми она разговаривает</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="397"/>
        <source>How well she knows each person: affinity, trust and how often you talk. Off: nothing about people is recorded.</source>
        <translation>Насколько хорошо она знает каждого: симпатия, доверие и то, как часто вы общаетесь. Если выключено, о людях ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="403"/>
        <source>Person card budget</source>
        <translation>Лимит карточки человека</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="407"/>
        <source>Most tokens of what she knows about the speaker in a reply&apos;s prompt.</source>
        <translation>Максимум токенов на то, что она знает о собеседнике, в запросе для ответа.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="411"/>
        <source>Open relationships…</source>
        <translation>Открыть отношения…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="413"/>
        <source>See and change what she thinks of each person</source>
        <translation>Просмотреть и изменить, что она думает о каждом человеке</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="420"/>
        <source>&lt;b&gt;All memory stays on this computer.&lt;/b&gt; What she remembers and what she knows about people is kept in Neiri&apos;s data folder and is never uploaded. Only the few memories picked for a reply go into its prompt, to the language model you chose.</source>
        <translation>&lt;b&gt;Вся память остаётся на этом компьютере.&lt;/b&gt; То, что она помнит и знает о людях, хранится в папке данных Neiri и никуда не загружается. В запрос для ответа попадают лишь несколько отобранных воспоминаний — и уходят только в выбранную вами языковую модель.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="136"/>
        <source>Merge two people</source>
        <translation>Объединить двух людей</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="143"/>
        <source>Merge “{first}” and “{second}” into one person? Their identities, interactions, notes and memories all go to the merged person.</source>
        <translation>Объединить «{first}» и «{second}» в одного человека? Все их идентификаторы, взаимодействия, заметки и воспоминания перейдут к объединённому человеку.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="150"/>
        <source>The merged person keeps the name:</source>
        <translation>Объединённый человек сохранит имя:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="163"/>
        <source>Affinity becomes the average weighted by how much each one talked; trust the higher of the two. This cannot be undone.</source>
        <translation>Симпатия станет средним с учётом того, сколько говорил каждый; доверие — большим из двух. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="171"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="206"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="239"/>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
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
        <location filename="../ui/dialogs/wizard.py" line="447"/>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="448"/>
        <source>Say a few words: the bar should move while you speak.</source>
        <translation>Скажите несколько слов: пока вы говорите, полоска должна двигаться.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="453"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="464"/>
        <source>Looking for a microphone…</source>
        <translation>Поиск микрофона…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="472"/>
        <source>Tip: with headphones you can interrupt Neiri at any time; with speakers, choose the Speakers mode in Settings &gt; Audio.</source>
        <translation>Совет: в наушниках Neiri можно перебивать в любой момент; с динамиками выберите режим «Динамики» в разделе Настройки &gt; Звук.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="484"/>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} дБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="490"/>
        <source>Neiri hears you.</source>
        <translation>Neiri вас слышит.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="499"/>
        <source>Listening on {device}. Speak now.</source>
        <translation>Слушаю через {device}. Говорите.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="500"/>
        <source>the default microphone</source>
        <translation>микрофон по умолчанию</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="505"/>
        <source>No microphone found — Neiri works with typed messages</source>
        <translation>Микрофон не найден — Neiri работает с текстовыми сообщениями</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="509"/>
        <source>Plug one in and choose it later in Settings &gt; Audio; she listens from her next start.</source>
        <translation>Подключите его и выберите позже в разделе Настройки &gt; Звук; Neiri начнёт слушать после следующего запуска.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="514"/>
        <source>Starting the microphone…</source>
        <translation>Запуск микрофона…</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="437"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="444"/>
        <source>Moderation</source>
        <translation>Модерация</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="438"/>
        <source>Keeps the chat friendly: what Neiri will not answer and will not say.</source>
        <translation>Сохраняет дружелюбную атмосферу в чате: на что Neiri не станет отвечать и чего не скажет.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="441"/>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="446"/>
        <source>Filter messages to her and her replies</source>
        <translation>Фильтровать сообщения для неё и её ответы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="449"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="449"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="453"/>
        <source>Word lists</source>
        <translation>Списки слов</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="456"/>
        <source>The built-in family-friendly word lists to use.</source>
        <translation>Какие встроенные списки слов для семейной аудитории использовать.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="460"/>
        <source>Repetition</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="462"/>
        <source>Skip sentences she has just said</source>
        <translation>Пропускать только что сказанные фразы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="463"/>
        <source>Leaves out sentences she already said in her last few replies.</source>
        <translation>Убирает фразы, которые она уже говорила в нескольких последних ответах.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="466"/>
        <source>Your lists</source>
        <translation>Ваши списки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="468"/>
        <source>One word per line, e.g.
banana*</source>
        <translation>По одному слову в строке, например:
банан*</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="471"/>
        <source>Blocked words</source>
        <translation>Запрещённые слова</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="475"/>
        <source>Extra words to block, one per line. A trailing * also blocks the word&apos;s forms (bananas, bananarama).</source>
        <translation>Дополнительные слова для блокировки, по одному в строке. * в конце блокирует и формы слова (бананы, бананчик).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="481"/>
        <source>One pattern per line, e.g.</source>
        <translation>По одному шаблону в строке, например:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="485"/>
        <source>Blocked patterns</source>
        <translation>Запрещённые шаблоны</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="488"/>
        <source>Extra regular expressions to block, one per line (Python syntax).</source>
        <translation>Дополнительные регулярные выражения для блокировки, по одному в строке (синтаксис Python).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="491"/>
        <source>One word per line</source>
        <translation>По одному слову в строке</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="494"/>
        <source>Allowed words</source>
        <translation>Разрешённые слова</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="498"/>
        <source>Words never to block, one per line: for harmless words the lists catch by mistake.</source>
        <translation>Слова, которые никогда не блокируются, по одному в строке: для безобидных слов, которые списки ловят по ошибке.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="505"/>
        <source>&lt;b&gt;How moderation works.&lt;/b&gt; Neiri has built-in family-friendly word lists for English and Russian, which your lists add to. Her character&apos;s spicy mode only relaxes mild swearing: slurs stay blocked. A blocked message gets a friendly refusal from her and never reaches the language model.</source>
        <translation>&lt;b&gt;Как работает модерация.&lt;/b&gt; У Neiri есть встроенные списки слов для семейной аудитории на английском и русском, а ваши списки их дополняют. Режим «с перчинкой» у персонажа разрешает только лёгкую брань: оскорбления по-прежнему блокируются. На заблокированное сообщение она дружелюбно откажется отвечать, и оно никогда не попадёт к языковой модели.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="519"/>
        <source>“{pattern}” is not a valid regular expression: {reason}.</source>
        <translation>«{pattern}» — недопустимое регулярное выражение: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="523"/>
        <source>“{pattern}” is not a valid regular expression: {reason} at character {position}.</source>
        <translation>«{pattern}» — недопустимое регулярное выражение: {reason} (символ {position}).</translation>
    </message>
</context>
<context>
    <name>NeiriApp</name>
    <message>
        <location filename="../ui/app.py" line="95"/>
        <source>Neiri could not start: {}</source>
        <translation>Не удалось запустить Neiri: {}</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="161"/>
        <source>The desktop pet needs the local web server, which is not running.</source>
        <translation>Для питомца на рабочем столе нужен локальный веб-сервер, а он не запущен.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="180"/>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="180"/>
        <source>Listening</source>
        <translation>Слушает</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="187"/>
        <source>Neiri is still running in the tray. Use Quit in its menu to close her.</source>
        <translation>Neiri продолжает работать в трее. Чтобы закрыть её, выберите «Выйти из Neiri» в меню значка.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="198"/>
        <source>Problems in your settings</source>
        <translation>Проблемы в настройках</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="200"/>
        <source>Some settings could not be used; Neiri started with defaults for them.</source>
        <translation>Некоторые настройки не удалось применить; для них Neiri взяла значения по умолчанию.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="202"/>
        <source>Your settings file was not changed.</source>
        <translation>Файл настроек не изменён.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="302"/>
        <source>the server answered with nothing</source>
        <translation>сервер ничего не ответил</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="306"/>
        <source>Connected: first token after {:.0f} ms</source>
        <translation>Подключено: первый токен через {:.0f} мс</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="324"/>
        <source>Saved. These take effect after a restart: {}</source>
        <translation>Сохранено. После перезапуска вступят в силу: {}</translation>
    </message>
</context>
<context>
    <name>OllamaPage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="622"/>
        <source>Language model</source>
        <translation>Языковая модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="624"/>
        <source>Neiri thinks with a language model that runs on your computer in Ollama.</source>
        <translation>Neiri думает с помощью языковой модели, которая работает на вашем компьютере в Ollama.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="635"/>
        <source>Ollama address</source>
        <translation>Адрес Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="639"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="644"/>
        <source>Looking for Ollama…</source>
        <translation>Поиск Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="647"/>
        <source>Models in Ollama</source>
        <translation>Модели в Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="654"/>
        <source>Neiri uses the selected model.</source>
        <translation>Neiri использует выбранную модель.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="657"/>
        <source>Download a model</source>
        <translation>Скачать модель</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="663"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="664"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="675"/>
        <source>Ollama keeps what it downloaded: a stopped download continues later.</source>
        <translation>Ollama сохраняет уже загруженное: остановленная загрузка потом продолжится.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="696"/>
        <location filename="../ui/dialogs/wizard.py" line="745"/>
        <source>{model} (recommended)</source>
        <translation>{model} (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="714"/>
        <source>Looking for Ollama at {url}…</source>
        <translation>Поиск Ollama по адресу {url}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="730"/>
        <source>Ollama is running at {url}.</source>
        <translation>Ollama работает по адресу {url}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="735"/>
        <source>Ollama is running at {url}, but it has no models yet. Download one below.</source>
        <translation>Ollama работает по адресу {url}, но моделей в ней пока нет. Скачайте модель ниже.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="754"/>
        <source>No models: Ollama is not running.</source>
        <translation>Моделей нет: Ollama не запущена.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="760"/>
        <source>Ollama is installed but not running. Start it with &lt;b&gt;ollama serve&lt;/b&gt; (or open the Ollama app), then press Check again.&lt;br&gt;Neiri opens without it and says so until it runs; she will use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>Ollama установлена, но не запущена. Запустите её командой &lt;b&gt;ollama serve&lt;/b&gt; (или откройте приложение Ollama) и нажмите «Проверить снова».&lt;br&gt;Neiri откроется и без неё и будет сообщать об этом, пока Ollama не заработает; она будет использовать &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="770"/>
        <source>Ollama was not found. Get it from &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt;, then press Check again.&lt;br&gt;Neiri still opens without it and tells you she can&apos;t think until Ollama runs; then download &lt;b&gt;{model}&lt;/b&gt; with: ollama pull {model}</source>
        <translation>Ollama не найдена. Скачайте её с &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt; и нажмите «Проверить снова».&lt;br&gt;Neiri откроется и без неё, но скажет, что не может думать, пока Ollama не запущена; затем скачайте &lt;b&gt;{model}&lt;/b&gt; командой: ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="789"/>
        <location filename="../ui/dialogs/wizard.py" line="801"/>
        <source>Asking Ollama for {model}…</source>
        <translation>Запрос {model} у Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="803"/>
        <source>Downloading {model}: {done} of {total}</source>
        <translation>Загрузка {model}: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="807"/>
        <source>Checking the download…</source>
        <translation>Проверка загрузки…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="809"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="811"/>
        <location filename="../ui/dialogs/wizard.py" line="826"/>
        <source>{model} is ready.</source>
        <translation>{model} готова.</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="477"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="480"/>
        <source>Show or hide the text</source>
        <translation>Показать или скрыть текст</translation>
    </message>
</context>
<context>
    <name>RelationshipsDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="80"/>
        <source>new</source>
        <translation>новый знакомый</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="81"/>
        <source>strained</source>
        <translation>натянутые</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="82"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="342"/>
        <source>acquaintance</source>
        <translation>знакомый</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="83"/>
        <source>regular</source>
        <translation>завсегдатай</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="84"/>
        <source>close friend</source>
        <translation>близкий друг</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="209"/>
        <source>Relationships</source>
        <translation>Отношения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="255"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="258"/>
        <source>Select exactly two people who are really one (e.g. on Twitch and on the phone)</source>
        <translation>Выберите ровно двух людей, которые на самом деле один человек (например, в Twitch и по телефону)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="262"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="352"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="264"/>
        <source>Delete the selected person with their interactions, turns and memories</source>
        <translation>Удалить выбранного человека вместе с его взаимодействиями, репликами и воспоминаниями</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="267"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="269"/>
        <source>Add or update people from a CSV file (all rows, or none if one has a problem)</source>
        <translation>Добавить или обновить людей из файла CSV (все строки или ни одной, если в какой-то есть ошибка)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="272"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="273"/>
        <source>Save everyone to a CSV file for a spreadsheet</source>
        <translation>Сохранить всех в файл CSV для электронной таблицы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="275"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="296"/>
        <source>Search names, identities and notes</source>
        <translation>Поиск по именам, идентификаторам и заметкам</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="307"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="308"/>
        <source>Identities</source>
        <translation>Идентификаторы</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="310"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="438"/>
        <source>Affinity</source>
        <translation>Симпатия</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="315"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="343"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="444"/>
        <source>Trust</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="321"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="344"/>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="327"/>
        <source>Last seen</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="332"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="346"/>
        <source>Remember</source>
        <translation>Помнить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="333"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="333"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="371"/>
        <source>Select a person to see and edit what Neiri knows about them.</source>
        <translation>Выберите человека, чтобы увидеть и изменить то, что Neiri о нём знает.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="402"/>
        <source>What Neiri calls them</source>
        <translation>Как Neiri его называет</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="415"/>
        <source>Comma-separated, e.g. moderator, artist</source>
        <translation>Через запятую, например: модератор, художник</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="418"/>
        <source>Your own notes; Neiri reads them too (e.g. “likes cat pictures”).</source>
        <translation>Ваши заметки; Neiri их тоже читает (например, «любит картинки с котиками»).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="422"/>
        <source>Remember this person</source>
        <translation>Помнить этого человека</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="425"/>
        <source>When off, Neiri records no interactions with them, keeps no new memories about them and uses no relationship card.</source>
        <translation>Если выключено, Neiri не записывает взаимодействия с ним, не запоминает о нём ничего нового и не использует карточку отношений.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="435"/>
        <source>Nickname</source>
        <translation>Прозвище</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="440"/>
        <source>How she feels about them: −1 cold, 0 neutral, 1 close friend.</source>
        <translation>Как она к нему относится: −1 холодно, 0 нейтрально, 1 близкий друг.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="446"/>
        <source>0 to 1; it grows with good conversations.</source>
        <translation>От 0 до 1; растёт с хорошими разговорами.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="448"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="449"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="481"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="483"/>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="490"/>
        <source>Card preview</source>
        <translation>Предпросмотр карточки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="497"/>
        <source>What Neiri reads about them before she answers (as you edit it).</source>
        <translation>Что Neiri читает о нём перед ответом (меняется по мере правки).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="542"/>
        <source>Relationships are still loading…</source>
        <translation>Отношения ещё загружаются…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="543"/>
        <source>This page fills in by itself when Neiri is ready.</source>
        <translation>Страница заполнится сама, когда Neiri будет готова.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="555"/>
        <source>Relationships are switched off in Settings &gt; Memory &amp; people: Neiri records no new interactions and uses no relationship cards. What she already knows is still here, and you can still edit or delete it.</source>
        <translation>Отношения выключены в «Настройки &gt; Память и люди»: Neiri не записывает новые взаимодействия и не использует карточки отношений. То, что она уже знает, осталось здесь, и это по-прежнему можно изменить или удалить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="615"/>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="627"/>
        <source>1 person found</source>
        <translation>Найден 1 человек</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="627"/>
        <source>{count} people found</source>
        <translation>Найдено людей: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="631"/>
        <source>Nobody yet: people appear here once they talk with Neiri.</source>
        <translation>Пока никого: люди появятся здесь, когда поговорят с Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="635"/>
        <source>1 person</source>
        <translation>1 человек</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="635"/>
        <source>{count} people</source>
        <translation>Людей: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="689"/>
        <source>First seen {first} · last seen {last} · {count} interactions</source>
        <translation>Впервые: {first} · последний раз: {last} · взаимодействий: {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="698"/>
        <source>Counting memories</source>
        <translation>Подсчёт воспоминаний</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="711"/>
        <source>Neiri remembers 1 thing about them (see Tools &gt; Memory).</source>
        <translation>Neiri помнит о нём 1 вещь (см. «Инструменты &gt; Память»).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="712"/>
        <source>Neiri remembers {count} things about them (see Tools &gt; Memory).</source>
        <translation>Сколько Neiri о нём помнит: {count} (см. «Инструменты &gt; Память»).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="766"/>
        <source>(No card: Neiri does not remember this person.)</source>
        <translation>(Карточки нет: Neiri не запоминает этого человека.)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="817"/>
        <source>Saved {name}.</source>
        <translation>{name}: сохранено.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="832"/>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="839"/>
        <source>Select exactly two people to merge.</source>
        <translation>Выберите ровно двух людей для объединения.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="852"/>
        <source>Merging</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="863"/>
        <source>Merged into {name}: {keys}.</source>
        <translation>Объединено в {name}: {keys}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="878"/>
        <source>Delete a person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="879"/>
        <source>Delete {name}?</source>
        <translation>Удалить {name}?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="882"/>
        <source>This deletes their identities ({keys}), their interactions, the turns they spoke and every memory Neiri has about them. It cannot be undone.</source>
        <translation>Будут удалены его идентификаторы ({keys}), взаимодействия, произнесённые им реплики и все воспоминания Neiri о нём. Это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="886"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="887"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="899"/>
        <source>Deleting</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="913"/>
        <source>Deleted {name}. Their memories could not be forgotten because the memory is not loaded: open Tools &gt; Memory later and forget those about {keys}.</source>
        <translation>{name}: удалено. Воспоминания о нём забыть не удалось, потому что память не загружена: позже откройте «Инструменты &gt; Память» и забудьте те, что о {keys}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="925"/>
        <source>Deleted {name}, but their memories could not be forgotten: {error}</source>
        <translation>{name}: удалено, но воспоминания о нём забыть не удалось: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="933"/>
        <source>Deleted {name} and the 1 memory about them.</source>
        <translation>{name}: удалено вместе с 1 воспоминанием.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="934"/>
        <source>Deleted {name} and the {count} memories about them.</source>
        <translation>{name}: удалено вместе с воспоминаниями о нём ({count}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="944"/>
        <source>Export relationships</source>
        <translation>Экспорт отношений</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="946"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="990"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="979"/>
        <source>Exported 1 person to {path}</source>
        <translation>1 человек экспортирован в {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="980"/>
        <source>Exported {count} people to {path}</source>
        <translation>Экспортировано людей: {count}, файл {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="987"/>
        <source>Import relationships</source>
        <translation>Импорт отношений</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="990"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1014"/>
        <source>Imported 1 row from {file}.</source>
        <translation>Импортирована 1 строка из {file}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1015"/>
        <source>Imported {count} rows from {file}.</source>
        <translation>Импортировано строк из {file}: {count}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1035"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>Ничего не импортировано: в {file} есть ошибки. Исправьте их и попробуйте снова:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1043"/>
        <source>The CSV file could not be used: {error}</source>
        <translation>Не удалось использовать файл CSV: {error}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1975"/>
        <source>Server and OBS</source>
        <translation>Сервер и OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1976"/>
        <source>The local web server that serves the avatar to OBS and remote controls.</source>
        <translation>Локальный веб-сервер, который отдаёт аватар в OBS и на пульты управления.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1979"/>
        <source>Web server</source>
        <translation>Веб-сервер</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1980"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1981"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1984"/>
        <source>Remote access</source>
        <translation>Удалённый доступ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1986"/>
        <source>Allow other devices to connect</source>
        <translation>Разрешить подключение других устройств</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1989"/>
        <source>Needed for remote access</source>
        <translation>Нужен для удалённого доступа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1990"/>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1991"/>
        <source>Make a new random token</source>
        <translation>Создать новый случайный токен</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1997"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2002"/>
        <source>Remote access is allowed but there is no token: remote clients are refused.</source>
        <translation>Удалённый доступ разрешён, но токена нет: удалённые клиенты будут отклонены.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2008"/>
        <source>OBS overlay</source>
        <translation>Оверлей для OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2011"/>
        <location filename="../ui/dialogs/settings_pages.py" line="2036"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2017"/>
        <source>In OBS, add a Browser source with this address. Its background is transparent.</source>
        <translation>В OBS добавьте источник «Браузер» с этим адресом. Фон у него прозрачный.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2021"/>
        <source>Overlay URL</source>
        <translation>URL оверлея</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2031"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="163"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="228"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="257"/>
        <source>Restore defaults</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="230"/>
        <source>Keep my values</source>
        <translation>Оставить мои значения</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="235"/>
        <source>Overwrite anyway</source>
        <translation>Всё равно перезаписать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="237"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="254"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="255"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="256"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Reset the values on this page</source>
        <translation>Сбросить значения на этой странице</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="373"/>
        <source>Could not list audio devices: {error}</source>
        <translation>Не удалось получить список аудиоустройств: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="445"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="448"/>
        <source>Fix the values marked in red to save ({pages}).</source>
        <translation>Чтобы сохранить, исправьте значения, отмеченные красным ({pages}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="454"/>
        <source>You have unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="475"/>
        <source>Restore the default values of the “{page}” page? Your values on it are lost when you apply.</source>
        <translation>Вернуть значения по умолчанию на странице «{page}»? Ваши значения на ней пропадут, когда вы примените изменения.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="548"/>
        <source>The settings were not saved: {reason}. Saving replaces the whole file with the values shown here.</source>
        <translation>Настройки не сохранены: {reason}. При сохранении весь файл будет заменён значениями, показанными здесь.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="556"/>
        <source>The settings could not be saved to {path}: {error}</source>
        <translation>Не удалось сохранить настройки в {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="568"/>
        <source>The character could not be saved: {error}</source>
        <translation>Не удалось сохранить персонажа: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1043"/>
        <source>Checking for a system keyring…</source>
        <translation>Проверка системного хранилища ключей…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1045"/>
        <source>Stored in the system keyring, not in the settings file.</source>
        <translation>Хранится в системном хранилище ключей, а не в файле настроек.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1048"/>
        <source>No system keyring is available, so this is kept in the settings file (readable only by you). It never appears in the logs.</source>
        <translation>Системное хранилище ключей недоступно, поэтому значение хранится в файле настроек (читать его можете только вы). В журналах оно никогда не появляется.</translation>
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
        <location filename="../ui/dialogs/wizard.py" line="979"/>
        <source>Hearing and voice</source>
        <translation>Слух и голос</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="982"/>
        <source>Neiri comes with small models that work offline. Bigger ones understand you better; they are downloaded once.</source>
        <translation>Neiri поставляется с небольшими моделями, которые работают без интернета. Большие модели понимают вас лучше; их нужно скачать один раз.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="987"/>
        <source>Speech recognition (Whisper)</source>
        <translation>Распознавание речи (Whisper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="991"/>
        <source>Voice (Piper)</source>
        <translation>Голос (Piper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="996"/>
        <source>Download selected</source>
        <translation>Скачать выбранное</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="997"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1013"/>
        <source>English only</source>
        <translation>только английский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1013"/>
        <source>many languages</source>
        <translation>много языков</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1017"/>
        <source>American English</source>
        <translation>американский английский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1018"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1019"/>
        <source>Brazilian Portuguese</source>
        <translation>бразильский португальский</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1020"/>
        <source>Simplified Chinese</source>
        <translation>китайский (упрощённый)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1024"/>
        <source>{what}; about {size} to download.</source>
        <translation>{what}; загрузка около {size}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1033"/>
        <source>Keep the bundled {name}: fast, works offline</source>
        <translation>Оставить встроенную {name}: быстрая, работает без интернета</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1035"/>
        <source>Keep the current model ({name})</source>
        <translation>Оставить текущую модель ({name})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1037"/>
        <location filename="../ui/dialogs/wizard.py" line="1045"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1039"/>
        <source>Keep the bundled voice ({name}): works offline</source>
        <translation>Оставить встроенный голос ({name}): работает без интернета</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1043"/>
        <source>Keep the current voice ({name})</source>
        <translation>Оставить текущий голос ({name})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1094"/>
        <source>All set</source>
        <translation>Всё готово</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1095"/>
        <source>Finish saves these settings. Here is what Neiri will use:</source>
        <translation>Кнопка «Готово» сохранит эти настройки. Вот что будет использовать Neiri:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1097"/>
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
        <location filename="../ui/dialogs/settings_pages.py" line="1521"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1523"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1545"/>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1521"/>
        <source>How Neiri sounds when she speaks.</source>
        <translation>Как звучит Neiri, когда говорит.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1526"/>
        <source>Piper (fast, on the CPU)</source>
        <translation>Piper (быстрый, на CPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1527"/>
        <source>XTTS-v2 (optional download)</source>
        <translation>XTTS-v2 (скачивается отдельно)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1531"/>
        <source>Engine</source>
        <translation>Движок</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1534"/>
        <source>XTTS-v2 needs the optional xtts package and a model you download yourself; its weights are licensed for non-commercial use only.</source>
        <translation>Для XTTS-v2 нужны дополнительный пакет xtts и модель, которую вы скачиваете сами; её веса разрешено использовать только в некоммерческих целях.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1542"/>
        <source>The character&apos;s voice</source>
        <translation>Голос персонажа</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1560"/>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1563"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1565"/>
        <source>Preview</source>
        <translation>Прослушать</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1564"/>
        <source>Hi! I&apos;m Neiri. This is how I sound.</source>
        <translation>Привет! Я Neiri. Вот так звучит мой голос.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1572"/>
        <source>Uses the engine, voice and speed chosen above, before you apply them.</source>
        <translation>Использует выбранные выше движок, голос и скорость, ещё до того, как вы их примените.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1575"/>
        <source>Say</source>
        <translation>Фраза</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1577"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1580"/>
        <source>Phrase cache</source>
        <translation>Кэш фраз</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1582"/>
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
        <location filename="../ui/dialogs/wizard.py" line="881"/>
        <source>{name} (installed)</source>
        <translation>{name} (установлено)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="883"/>
        <source>{name} (about {size})</source>
        <translation>{name} (около {size})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="905"/>
        <source>Installed: it will be used.</source>
        <translation>Установлено и будет использоваться.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="908"/>
        <source>A part was downloaded before: the download continues from there.</source>
        <translation>Часть уже была загружена: загрузка продолжится с того же места.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="918"/>
        <source>Waiting for the download before it…</source>
        <translation>Ожидание предыдущей загрузки…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="927"/>
        <location filename="../ui/dialogs/wizard.py" line="936"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="933"/>
        <source>Checking {file}…</source>
        <translation>Проверка {file}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="938"/>
        <source>Resuming {file} after {size}…</source>
        <translation>Продолжение загрузки {file} с {size}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="944"/>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="949"/>
        <source>{speed}/s</source>
        <translation>{speed}/с</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="952"/>
        <source>{m}:{s:02d} left</source>
        <translation>осталось {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="964"/>
        <source>Downloaded and checked.</source>
        <translation>Загружено и проверено.</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="353"/>
        <source>unknown size</source>
        <translation>размер неизвестен</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="355"/>
        <source>{value:.1f} GB</source>
        <translation>{value:.1f} ГБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="357"/>
        <source>{value:.0f} MB</source>
        <translation>{value:.0f} МБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="359"/>
        <source>{value:.0f} KB</source>
        <translation>{value:.0f} КБ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="360"/>
        <source>{value:.0f} bytes</source>
        <translation>{value:.0f} байт</translation>
    </message>
</context>
</TS>
