<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AsrPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1296"/>
        <source>Speech recognition</source>
        <translation>Reconhecimento de fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1297"/>
        <source>Turning what you say into text (Whisper, on this computer).</source>
        <translation>Transforma o que você diz em texto (Whisper, neste computador).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1300"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1307"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1303"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1304"/>
        <source>Use a Whisper model folder (CTranslate2 format)</source>
        <translation>Usar uma pasta de modelo Whisper (formato CTranslate2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1309"/>
        <source>The character&apos;s language</source>
        <translation>Idioma do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1311"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1313"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1316"/>
        <source>Runs on</source>
        <translation>Executar em</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1324"/>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1333"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1334"/>
        <source>CPU threads</source>
        <translation>Threads da CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1335"/>
        <source>Beam size</source>
        <translation>Tamanho do feixe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1340"/>
        <source>Choose a Whisper model folder</source>
        <translation>Escolha uma pasta de modelo Whisper</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1119"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1120"/>
        <source>Which microphone Neiri listens to and where her voice plays.</source>
        <translation>Qual microfone a Neiri escuta e onde a voz dela toca.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1123"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1124"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1139"/>
        <source>Looking for audio devices…</source>
        <translation>Procurando dispositivos de áudio…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1126"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1127"/>
        <source>Look for audio devices again</source>
        <translation>Procurar dispositivos de áudio de novo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1131"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1137"/>
        <source>Speak: the bar should move.</source>
        <translation>Fale: a barra deve se mexer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1138"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1141"/>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1142"/>
        <source>Play a short sound on this device</source>
        <translation>Tocar um som curto neste dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1146"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1159"/>
        <source>Speakers</source>
        <translation>Alto-falantes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1157"/>
        <source>Listening</source>
        <translation>Escuta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1159"/>
        <source>Headphones</source>
        <translation>Fones de ouvido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1162"/>
        <source>You use</source>
        <translation>Você usa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1165"/>
        <source>Microphone gain</source>
        <translation>Ganho do microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1167"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1217"/>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1171"/>
        <source>Speech threshold</source>
        <translation>Limiar de fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1177"/>
        <source>Pause that ends a sentence</source>
        <translation>Pausa que encerra a frase</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1179"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1187"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1199"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1205"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1182"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1185"/>
        <source>Block length</source>
        <translation>Tamanho do bloco</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1191"/>
        <source>End-of-speech threshold</source>
        <translation>Limiar de fim da fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1197"/>
        <source>Shortest speech</source>
        <translation>Duração mínima da fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1203"/>
        <source>Pre-roll</source>
        <translation>Pré-gravação</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1209"/>
        <source>Longest utterance</source>
        <translation>Duração máxima da fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1211"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1215"/>
        <source>Speakers margin</source>
        <translation>Margem dos alto-falantes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1237"/>
        <source>No audio devices found</source>
        <translation>Nenhum dispositivo de áudio encontrado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1240"/>
        <source>{name} (not available)</source>
        <translation>{name} (indisponível)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1254"/>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1256"/>
        <source>System default ({name})</source>
        <translation>Padrão do sistema ({name})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1262"/>
        <source>{api}, device {index}</source>
        <translation>{api}, dispositivo {index}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1269"/>
        <source>{name} (not connected)</source>
        <translation>{name} (desconectado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1275"/>
        <source>PortAudio reports no audio devices on this computer.</source>
        <translation>O PortAudio não encontrou nenhum dispositivo de áudio neste computador.</translation>
    </message>
</context>
<context>
    <name>AvatarPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1945"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1945"/>
        <source>The animated figure on screen and in OBS.</source>
        <translation>A figura animada na tela e no OBS.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1949"/>
        <source>&lt;b&gt;Avatar settings arrive with the avatar.&lt;/b&gt;&lt;br&gt;&lt;br&gt;The model, expressions, lip-sync and the desktop-pet mode will be set up here once the avatar part of Neiri is installed. Until then there is nothing to change, and nothing here is hidden from you.</source>
        <translation>&lt;b&gt;As configurações do avatar chegam junto com o avatar.&lt;/b&gt;&lt;br&gt;&lt;br&gt;O modelo, as expressões, a sincronia labial e o modo mascote na área de trabalho serão configurados aqui quando a parte de avatar da Neiri for instalada. Até lá não há nada para mudar, e nada aqui está escondido de você.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1959"/>
        <source>These avatar values from your settings file are kept as they are:</source>
        <translation>Estes valores de avatar do seu arquivo de configurações são mantidos como estão:</translation>
    </message>
</context>
<context>
    <name>AvatarPanel</name>
    <message>
        <location filename="../ui/widgets/avatar_panel.py" line="14"/>
        <source>Starting the avatar…</source>
        <translation>Iniciando o avatar…</translation>
    </message>
</context>
<context>
    <name>CharacterPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1649"/>
        <source>the emotion {tag!r} is listed twice</source>
        <translation>a emoção {tag!r} aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1690"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1699"/>
        <source>Character</source>
        <translation>Personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1691"/>
        <source>Who Neiri plays: her persona and how her emotions show on the avatar.</source>
        <translation>Quem a Neiri interpreta: a persona dela e como as emoções aparecem no avatar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1702"/>
        <source>Plays</source>
        <translation>Interpreta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1707"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1712"/>
        <source>The instructions that define her, sent to the language model.</source>
        <translation>As instruções que a definem, enviadas ao modelo de linguagem.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1726"/>
        <source>Emotions</source>
        <translation>Emoções</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1732"/>
        <source>Each emotion tag the model may write, and the avatar expression it shows.</source>
        <translation>Cada tag de emoção que o modelo pode escrever e a expressão que o avatar mostra.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1738"/>
        <source>Emotion tag</source>
        <translation>Tag de emoção</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1738"/>
        <source>Avatar expression</source>
        <translation>Expressão do avatar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1747"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1749"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1815"/>
        <source>This character could not be loaded: {error}</source>
        <translation>Não foi possível carregar este personagem: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1827"/>
        <source>Your copy: {path}</source>
        <translation>Sua cópia: {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1829"/>
        <source>Bundled with Neiri. Your changes are saved as your own copy in {path}</source>
        <translation>Incluído na Neiri. Suas alterações são salvas como uma cópia sua em {path}</translation>
    </message>
</context>
<context>
    <name>ComponentLight</name>
    <message>
        <location filename="../ui/widgets/status.py" line="56"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="57"/>
        <source>working</source>
        <translation>trabalhando</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="58"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="59"/>
        <source>off</source>
        <translation>desligado</translation>
    </message>
</context>
<context>
    <name>DesktopPet</name>
    <message>
        <location filename="../ui/desktop_pet.py" line="78"/>
        <source>Neiri desktop pet</source>
        <translation>Neiri na área de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/desktop_pet.py" line="107"/>
        <source>Drag to resize</source>
        <translation>Arraste para redimensionar</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1167"/>
        <source>Set up Neiri</source>
        <translation>Configurar a Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1173"/>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1174"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1175"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1176"/>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1199"/>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1200"/>
        <location filename="../ui/dialogs/wizard.py" line="1631"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1201"/>
        <source>Your computer</source>
        <translation>Seu computador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1202"/>
        <location filename="../ui/dialogs/wizard.py" line="1632"/>
        <source>Language model</source>
        <translation>Modelo de IA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1203"/>
        <source>Hearing and voice</source>
        <translation>Audição e voz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1204"/>
        <source>All set</source>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1264"/>
        <source>Your settings were not saved: {reason}</source>
        <translation>Suas configurações não foram salvas: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1269"/>
        <source>Your settings could not be saved to {path}: {reason}</source>
        <translation>Não foi possível salvar as configurações em {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1362"/>
        <source>The bundled model works on any computer.</source>
        <translation>O modelo incluído funciona em qualquer computador.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1364"/>
        <source>The smallest model is the safe choice when the computer is unknown.</source>
        <translation>Quando não se sabe nada do computador, o menor modelo é a escolha segura.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1441"/>
        <source>Stopped. Downloading {model} again continues where it stopped.</source>
        <translation>Parado. Baixar {model} de novo continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1458"/>
        <source>Ollama stopped before {model} was ready.</source>
        <translation>O Ollama parou antes de {model} ficar pronto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1519"/>
        <source>Loading it once to be sure it works…</source>
        <translation>Carregando uma vez para garantir que funciona…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1527"/>
        <source>Not downloaded.</source>
        <translation>Não baixado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1541"/>
        <source>Stopped. What was downloaded is kept; Download continues it.</source>
        <translation>Parado. O que já foi baixado fica guardado; Baixar continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1593"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1594"/>
        <source>None: Neiri works with typed messages</source>
        <translation>Nenhum: a Neiri funciona com mensagens digitadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1595"/>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1599"/>
        <source>{model} in Ollama at {url}</source>
        <translation>{model} no Ollama em {url}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1603"/>
        <source>{model} (start Ollama with: ollama serve)</source>
        <translation>{model} (inicie o Ollama com: ollama serve)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1605"/>
        <source>{model} (install Ollama first: {link})</source>
        <translation>{model} (instale o Ollama antes: {link})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1611"/>
        <source>— not downloaded yet: ollama pull {model}</source>
        <translation>— ainda não baixado: ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1618"/>
        <source>{model} ({wanted} was not downloaded)</source>
        <translation>{model} ({wanted} não foi baixado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1621"/>
        <source>the character&apos;s voice</source>
        <translation>a voz do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1625"/>
        <source>{voice} ({wanted} was not downloaded)</source>
        <translation>{voice} ({wanted} não foi baixada)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1629"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1630"/>
        <source>Character</source>
        <translation>Personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1633"/>
        <source>Speech recognition</source>
        <translation>Reconhecimento de fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1634"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1635"/>
        <source>Settings file</source>
        <translation>Arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1638"/>
        <source>New speech models and language are used from Neiri&apos;s next start. You can run this wizard again from the Neiri menu.</source>
        <translation>Os novos modelos de fala e o idioma passam a valer na próxima vez que a Neiri abrir. Você pode rodar este assistente de novo pelo menu Neiri.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1071"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1072"/>
        <source>Language of the app and how long conversations are remembered.</source>
        <translation>Idioma do app e por quanto tempo as conversas são lembradas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1075"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1079"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1082"/>
        <source>Language of menus and dialogs. Applies after a restart.</source>
        <translation>Idioma dos menus e janelas. Vale após reiniciar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1084"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1087"/>
        <source>Remembered turns</source>
        <translation>Turnos lembrados</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1093"/>
        <source>Longest message</source>
        <translation>Mensagem máxima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1095"/>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1099"/>
        <source>Resume within</source>
        <translation>Retomar em até</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1102"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="523"/>
        <source>Your computer</source>
        <translation>Seu computador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="524"/>
        <source>Neiri checks what your computer can run comfortably.</source>
        <translation>A Neiri verifica o que seu computador roda com folga.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="533"/>
        <source>Checking your computer…</source>
        <translation>Verificando seu computador…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="537"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="544"/>
        <source>Processor</source>
        <translation>Processador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="545"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="546"/>
        <source>Graphics</source>
        <translation>Placa de vídeo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="550"/>
        <source>Recommended for this computer</source>
        <translation>Recomendado para este computador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="558"/>
        <source>Speech recognition</source>
        <translation>Reconhecimento de fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="562"/>
        <source>Language model</source>
        <translation>Modelo de linguagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="581"/>
        <source>Neiri could not check this computer ({error}); she suggests the smallest models.</source>
        <translation>A Neiri não conseguiu verificar este computador ({error}); ela sugere os menores modelos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="587"/>
        <source>{cores} cores, {threads} threads</source>
        <translation>{cores} núcleos, {threads} threads</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="592"/>
        <source>{total} ({free} free)</source>
        <translation>{total} ({free} livres)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="600"/>
        <source>No NVIDIA graphics card found: models run on the processor.</source>
        <translation>Nenhuma placa de vídeo NVIDIA encontrada: os modelos rodam no processador.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="607"/>
        <source>and {n} more</source>
        <translation>e mais {n}</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2058"/>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2059"/>
        <source>Connections to streaming services and other apps.</source>
        <translation>Conexões com serviços de streaming e outros apps.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2064"/>
        <source>&lt;b&gt;Not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Twitch chat and events, OBS scene control, VTube Studio and telephony each arrive with their own part of Neiri. None of them is installed, so none of them is active and there is nothing to configure here yet.</source>
        <translation>&lt;b&gt;Ainda não configurado.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Chat e eventos da Twitch, controle de cenas do OBS, VTube Studio e telefonia chegam, cada um, com sua própria parte da Neiri. Nenhum deles está instalado, então nenhum está ativo e ainda não há nada para configurar aqui.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="369"/>
        <source>Welcome to Neiri</source>
        <translation>Boas-vindas à Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="372"/>
        <source>A few quick steps and she is ready to talk. You can change all of this later in Settings.</source>
        <translation>Alguns passos rápidos e ela está pronta para conversar. Você pode mudar tudo isso depois nas Configurações.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="377"/>
        <source>You and Neiri</source>
        <translation>Você e a Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="388"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="392"/>
        <source>For menus and messages, and the speech models Neiri suggests.</source>
        <translation>Para menus e mensagens, e para os modelos de fala que a Neiri sugere.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="407"/>
        <source>Speaks {language}; her voice is {voice}.</source>
        <translation>Fala {language}; a voz é {voice}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="415"/>
        <source>Character</source>
        <translation>Personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="423"/>
        <source>Next: a microphone test, a look at your computer, the language model (Ollama) and Neiri&apos;s voice and hearing.</source>
        <translation>A seguir: um teste do microfone, uma olhada no seu computador, o modelo de linguagem (Ollama) e a voz e a audição da Neiri.</translation>
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
        <translation>frase</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="23"/>
        <source>TTS</source>
        <translation>TTS</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="24"/>
        <source>play</source>
        <translation>reprodução</translation>
    </message>
</context>
<context>
    <name>LatencyHistoryDialog</name>
    <message>
        <location filename="../ui/widgets/status.py" line="223"/>
        <source>Recent turns: latency by stage (ms)</source>
        <translation>Turnos recentes: latência por etapa (ms)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="227"/>
        <source>Milliseconds from the end of your speech (or your message) to each stage.</source>
        <translation>Milissegundos do fim da sua fala (ou mensagem) até cada etapa.</translation>
    </message>
</context>
<context>
    <name>LatencyPlot</name>
    <message>
        <location filename="../ui/widgets/status.py" line="196"/>
        <source>No turns yet.</source>
        <translation>Nenhum turno ainda.</translation>
    </message>
</context>
<context>
    <name>LatencyWaterfall</name>
    <message>
        <location filename="../ui/widgets/status.py" line="120"/>
        <source>Latency of the last turn. Click for recent turns.</source>
        <translation>Latência do último turno. Clique para ver os turnos recentes.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="128"/>
        <source>{} {:.0f} ms</source>
        <translation>{} {:.0f} ms</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="133"/>
        <source>Last turn: {:.0f} ms to her first sound</source>
        <translation>Último turno: {:.0f} ms até o primeiro som dela</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="152"/>
        <source>no turn yet</source>
        <translation>nenhum turno</translation>
    </message>
    <message>
        <location filename="../ui/widgets/status.py" line="168"/>
        <source>{:.0f} ms</source>
        <translation>{:.0f} ms</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="512"/>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
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
        <translation>Modelo de linguagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1368"/>
        <source>The server that writes Neiri&apos;s replies.</source>
        <translation>O servidor que escreve as respostas da Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1371"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1373"/>
        <source>Ollama (local)</source>
        <translation>Ollama (local)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1373"/>
        <source>OpenAI-compatible</source>
        <translation>Compatível com OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1376"/>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1378"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1382"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1383"/>
        <source>Ask the server which models it has</source>
        <translation>Perguntar ao servidor quais modelos ele tem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1386"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1393"/>
        <source>Not needed for a local Ollama</source>
        <translation>Não é necessária para um Ollama local</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1394"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1402"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1411"/>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1414"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1420"/>
        <source>Longest reply</source>
        <translation>Resposta máxima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1422"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1428"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1426"/>
        <source>Context window</source>
        <translation>Janela de contexto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1430"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1431"/>
        <source>Keep loaded for</source>
        <translation>Manter carregado por</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1433"/>
        <source>Retries</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1437"/>
        <source>First retry after</source>
        <translation>Primeira tentativa após</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1439"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1445"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1443"/>
        <source>Reply timeout</source>
        <translation>Tempo limite da resposta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1450"/>
        <source>Asking the server for its models…</source>
        <translation>Perguntando ao servidor quais modelos ele tem…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1457"/>
        <source>Could not get the model list: {reason}</source>
        <translation>Não foi possível obter a lista de modelos: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1469"/>
        <source>{count} models on the server.</source>
        <translation>{count} modelos no servidor.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1471"/>
        <source>“{model}” is not one of them.</source>
        <translation>“{model}” não está entre eles.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1476"/>
        <source>The server has no models yet. With Ollama: ollama pull llama3.2:3b</source>
        <translation>O servidor ainda não tem modelos. Com o Ollama: ollama pull llama3.2:3b</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1482"/>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1489"/>
        <source>{text} (first token after {ms:.0f} ms)</source>
        <translation>{text} (primeiro token após {ms:.0f} ms)</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="343"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="344"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="345"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="346"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="347"/>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="348"/>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="349"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="429"/>
        <source>{:,.0f} ms</source>
        <translation>{:,.0f} ms</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="485"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="521"/>
        <source>All levels</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="522"/>
        <source>Info and above</source>
        <translation>Info e acima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="523"/>
        <source>Warnings and above</source>
        <translation>Avisos e acima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="524"/>
        <source>Errors only</source>
        <translation>Só erros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="527"/>
        <location filename="../ui/dialogs/log_viewer.py" line="757"/>
        <source>All components</source>
        <translation>Todos os componentes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="534"/>
        <source>Any turn</source>
        <translation>Qualquer turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="539"/>
        <source>Search messages and fields</source>
        <translation>Buscar em mensagens e campos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="543"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="545"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="559"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="567"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="569"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="571"/>
        <location filename="../ui/dialogs/log_viewer.py" line="609"/>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="614"/>
        <location filename="../ui/dialogs/log_viewer.py" line="647"/>
        <source>Copy row</source>
        <translation>Copiar linha</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="618"/>
        <source>Show this turn</source>
        <translation>Mostrar este turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="627"/>
        <source>Select a row to see all its fields.</source>
        <translation>Selecione uma linha para ver todos os campos dela.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="642"/>
        <source>Follow new lines</source>
        <translation>Acompanhar novas linhas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="644"/>
        <source>Show turn</source>
        <translation>Mostrar turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="645"/>
        <source>Show every event of the selected row&apos;s turn</source>
        <translation>Mostrar todos os eventos do turno da linha selecionada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="648"/>
        <source>Copy the selected rows as JSON lines</source>
        <translation>Copiar as linhas selecionadas como linhas JSON</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="650"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="651"/>
        <source>Save the rows shown as JSONL or ZIP</source>
        <translation>Salvar as linhas exibidas como JSONL ou ZIP</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="653"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="673"/>
        <source>Reading the logs…</source>
        <translation>Lendo os logs…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="695"/>
        <source>Part of the logs could not be read: {error}</source>
        <translation>Parte dos logs não pôde ser lida: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="767"/>
        <source>No log file yet: {path}</source>
        <translation>Ainda não há arquivo de log: {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="769"/>
        <source>{total} lines</source>
        <translation>{total} linhas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="771"/>
        <source>Showing {shown} of {total} lines</source>
        <translation>Mostrando {shown} de {total} linhas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="775"/>
        <source>{count} unreadable</source>
        <translation>{count} ilegíveis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="940"/>
        <source>This line is not valid JSON:</source>
        <translation>Esta linha não é um JSON válido:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="975"/>
        <source>Export log lines</source>
        <translation>Exportar linhas de log</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="977"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>Linhas JSON (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="977"/>
        <source>ZIP archive (*.zip)</source>
        <translation>Arquivo ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="994"/>
        <source>Export failed: {error}</source>
        <translation>Falha ao exportar: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="998"/>
        <source>Exported {count} rows to {path}</source>
        <translation>{count} linhas exportadas para {path}</translation>
    </message>
</context>
<context>
    <name>LoggingPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2084"/>
        <source>Logging</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2085"/>
        <source>What Neiri writes to her log files, for finding out what went wrong.</source>
        <translation>O que a Neiri grava nos arquivos de log, para descobrir o que deu errado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2088"/>
        <source>Log files</source>
        <translation>Arquivos de log</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2091"/>
        <source>Debug (everything)</source>
        <translation>Depuração (tudo)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2092"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2093"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2094"/>
        <source>Errors only</source>
        <translation>Só erros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2098"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2101"/>
        <source>Rotate at</source>
        <translation>Rotacionar em</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2104"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2106"/>
        <source>Size at which the log file is closed and a new one started.</source>
        <translation>Tamanho em que o arquivo de log é fechado e um novo é iniciado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2109"/>
        <source>Old files kept</source>
        <translation>Arquivos antigos mantidos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2114"/>
        <source>Open log folder</source>
        <translation>Abrir pasta de logs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2116"/>
        <source>View logs…</source>
        <translation>Ver logs…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="40"/>
        <source>Mic</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="41"/>
        <source>ASR</source>
        <translation>Reconhecimento</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="42"/>
        <source>LLM</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="43"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="87"/>
        <source>Switch character: persona, voice and avatar</source>
        <translation>Trocar de personagem: persona, voz e avatar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="92"/>
        <location filename="../ui/main_window.py" line="372"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <source>Character:</source>
        <translation>Personagem:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="118"/>
        <source>Type a message and press Enter…</source>
        <translation>Digite uma mensagem e pressione Enter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="121"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="124"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="127"/>
        <source>Stop her talking now (Esc)</source>
        <translation>Interromper a fala dela agora (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="166"/>
        <source>&amp;Neiri</source>
        <translation>&amp;Neiri</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="168"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>First-run &amp;wizard…</source>
        <translation>&amp;Assistente de primeira execução…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="177"/>
        <source>&amp;Log viewer…</source>
        <translation>&amp;Visualizador de logs…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="178"/>
        <source>&amp;Desktop pet</source>
        <translation>&amp;Mascote na área de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="182"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="183"/>
        <source>&amp;Memory…</source>
        <translation>&amp;Memória…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="185"/>
        <source>&amp;Relationships…</source>
        <translation>&amp;Relacionamentos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="187"/>
        <source>&amp;Telephony…</source>
        <translation>&amp;Telefonia…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="274"/>
        <source>Could not send the message: {}</source>
        <translation>Não foi possível enviar a mensagem: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="280"/>
        <source>she is still waking up</source>
        <translation>ela ainda está acordando</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="300"/>
        <source>Microphone on: click to mute</source>
        <translation>Microfone ligado: clique para silenciar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="302"/>
        <source>Microphone muted: click to listen, or hold {} to talk</source>
        <translation>Microfone silenciado: clique para ouvir ou segure {} para falar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="312"/>
        <source>Could not switch character: {}</source>
        <translation>Não foi possível trocar de personagem: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="321"/>
        <source>Now talking with {}</source>
        <translation>Agora conversando com {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="335"/>
        <source>This part of Neiri is not set up yet.</source>
        <translation>Esta parte da Neiri ainda não está configurada.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="337"/>
        <source>It arrives with its own update; nothing here is stored or changed yet.</source>
        <translation>Ela chega com uma atualização própria; nada aqui é guardado ou alterado ainda.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="346"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="366"/>
        <source>The avatar page could not be served: {}</source>
        <translation>Não foi possível servir a página do avatar: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="376"/>
        <source>Speaking…</source>
        <translation>Falando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="380"/>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="381"/>
        <source>Listening</source>
        <translation>Ouvindo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="381"/>
        <location filename="../ui/main_window.py" line="408"/>
        <source>Muted</source>
        <translation>Microfone silenciado</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="385"/>
        <source>Hearing you…</source>
        <translation>Ouvindo você…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="408"/>
        <source>Push to talk…</source>
        <translation>Pressione para falar…</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="113"/>
        <source>About a viewer</source>
        <translation>Sobre um espectador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="114"/>
        <source>About herself</source>
        <translation>Sobre ela mesma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="115"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="949"/>
        <source>About someone else</source>
        <translation>Sobre outra pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="116"/>
        <source>Chat note</source>
        <translation>Nota do chat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="117"/>
        <source>Feeling</source>
        <translation>Sentimento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="118"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="121"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="122"/>
        <source>Typed chat</source>
        <translation>Texto digitado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="123"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="124"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="125"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="140"/>
        <source>Imported</source>
        <translation>Importação</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="126"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="953"/>
        <source>Added by hand</source>
        <translation>Adicionada à mão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="129"/>
        <source>Learned</source>
        <translation>Aprendeu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="130"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1064"/>
        <source>Heard again</source>
        <translation>Ouviu de novo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="131"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="141"/>
        <source>Merged</source>
        <translation>Mesclagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="132"/>
        <source>Summarised</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="133"/>
        <source>Expired</source>
        <translation>Expiração</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="136"/>
        <source>Added</source>
        <translation>Adição</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="137"/>
        <source>Edited</source>
        <translation>Edição</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="138"/>
        <source>Forgotten</source>
        <translation>Esquecimento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="139"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1094"/>
        <source>Forgotten with a person</source>
        <translation>Esquecimento com a pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="142"/>
        <source>Deleted</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="145"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="752"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="146"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1092"/>
        <source>Relationships</source>
        <translation>Relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="420"/>
        <source>{what} failed: {error}</source>
        <translation>{what} falhou: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="794"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1045"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1065"/>
        <source>Memories</source>
        <translation>Memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="795"/>
        <source>Memory log</source>
        <translation>Registro da memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="796"/>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="811"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="814"/>
        <source>Add memories from a JSON or YAML file (all of them, or none if it has a problem)</source>
        <translation>Adicionar memórias de um arquivo JSON ou YAML (todas, ou nenhuma se houver um problema)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="818"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="820"/>
        <source>Save every memory to a JSON or YAML file (a backup you can import again)</source>
        <translation>Salvar todas as memórias em um arquivo JSON ou YAML (um backup que pode ser importado de novo)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="823"/>
        <source>Tidy up now</source>
        <translation>Organizar agora</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="826"/>
        <source>Remove expired memories, merge duplicates and summarise old chat now (Neiri also does this by herself when she is idle)</source>
        <translation>Remover memórias expiradas, mesclar duplicadas e resumir conversas antigas agora (a Neiri também faz isso sozinha quando está ociosa)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="831"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="857"/>
        <source>Search by meaning, e.g. “what pets does Mika have?” (empty: list them all)</source>
        <translation>Busque pelo sentido, por ex. “que bichos de estimação a Mika tem?” (vazio: listar todas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="867"/>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="871"/>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="875"/>
        <source>All sources</source>
        <translation>Todas as origens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="883"/>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="886"/>
        <source>Any tag</source>
        <translation>Qualquer tag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="890"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="900"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="915"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="902"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="916"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="904"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="924"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="906"/>
        <source>Importance at least</source>
        <translation>Importância mínima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="908"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="914"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="918"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="951"/>
        <source>Importance</source>
        <translation>Importância</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="923"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="926"/>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="932"/>
        <source>Updated</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="938"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="956"/>
        <source>Match</source>
        <translation>Relevância</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="964"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1474"/>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="968"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="979"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="977"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="981"/>
        <source>Forget…</source>
        <translation>Esquecer…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="982"/>
        <source>Forget the selected memories (Delete)</source>
        <translation>Esquecer as memórias selecionadas (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="985"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="988"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1010"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1023"/>
        <source>Select a row to see everything it recorded.</source>
        <translation>Selecione uma linha para ver tudo o que ela registrou.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1039"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1072"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1043"/>
        <source>What she did</source>
        <translation>O que ela fez</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1050"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1056"/>
        <source>What Neiri did to her memory by herself: facts she learned from conversations, duplicates merged, old chat summarised, expired memories removed. Newest first.</source>
        <translation>O que a Neiri fez sozinha com a memória dela: fatos aprendidos nas conversas, duplicadas mescladas, conversas antigas resumidas, memórias expiradas removidas. Mais recentes primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1076"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1077"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1078"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1078"/>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1079"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1085"/>
        <source>Every change made by hand to memories and relationships, with the values before and after. Newest first.</source>
        <translation>Cada alteração feita à mão em memórias e relacionamentos, com os valores antes e depois. Mais recentes primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1146"/>
        <source>Memory could not be opened</source>
        <translation>Não foi possível abrir a memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1149"/>
        <source>{error}

Neiri talks without her long-term memory until this is fixed.</source>
        <translation>{error}

Até isso ser corrigido, a Neiri conversa sem a memória de longo prazo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1154"/>
        <source>Memory is switched off in Settings &gt; Memory &amp; people</source>
        <translation>A memória está desligada em Configurações &gt; Memória e pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1158"/>
        <source>Neiri neither recalls nor learns anything while it is off. Switch it on there to see and edit what she remembers.</source>
        <translation>Enquanto ela está desligada, a Neiri não lembra nem aprende nada. Ligue-a lá para ver e editar o que ela lembra.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1163"/>
        <source>Memory is still loading…</source>
        <translation>A memória ainda está carregando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1166"/>
        <source>The memory model is starting; this page fills in by itself when it is ready.</source>
        <translation>O modelo da memória está iniciando; esta página se preenche sozinha quando estiver pronto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1292"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1292"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1293"/>
        <source>Loading</source>
        <translation>Carregamento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1344"/>
        <source>1 memory</source>
        <translation>1 memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1344"/>
        <source>{count} memories</source>
        <translation>{count} memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1347"/>
        <source>Closest to “{query}” first</source>
        <translation>Mais próximas de “{query}” primeiro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1350"/>
        <source>{shown} of {total} match the filters</source>
        <translation>{shown} de {total} correspondem aos filtros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1354"/>
        <source>No memories yet: Neiri learns them as she talks, or add one here.</source>
        <translation>Ainda não há memórias: a Neiri aprende conversando, ou adicione uma aqui.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1365"/>
        <source>{first}–{last} of {count}</source>
        <translation>{first}–{last} de {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1425"/>
        <source>Saving the memory</source>
        <translation>Salvamento da memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1432"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="1491"/>
        <source>the memory is not available</source>
        <translation>a memória não está disponível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1435"/>
        <source>Added: “{text}”</source>
        <translation>Adicionada: “{text}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1442"/>
        <source>Saved: “{text}”</source>
        <translation>Salva: “{text}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1463"/>
        <source>Forget memories</source>
        <translation>Esquecer memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1465"/>
        <source>Forget “{text}”?</source>
        <translation>Esquecer “{text}”?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1467"/>
        <source>Forget these {count} memories?</source>
        <translation>Esquecer estas {count} memórias?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1470"/>
        <source>Neiri will no longer recall them. This cannot be undone (the audit log keeps a copy of the text).</source>
        <translation>A Neiri não vai mais lembrar delas. Isso não pode ser desfeito (o registro de auditoria guarda uma cópia do texto).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1475"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1486"/>
        <source>Forgetting</source>
        <translation>Esquecimento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1498"/>
        <source>1 memory forgotten.</source>
        <translation>1 memória esquecida.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1498"/>
        <source>{count} memories forgotten.</source>
        <translation>{count} memórias esquecidas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1541"/>
        <source>Import memories</source>
        <translation>Importar memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1545"/>
        <source>Memory files (*.json *.yaml *.yml)</source>
        <translation>Arquivos de memória (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1545"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1558"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1569"/>
        <source>1 memory added</source>
        <translation>1 memória adicionada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1569"/>
        <source>{count} memories added</source>
        <translation>{count} memórias adicionadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1575"/>
        <source>1 replaced (same id)</source>
        <translation>1 substituída (mesmo id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1576"/>
        <source>{count} replaced (same id)</source>
        <translation>{count} substituídas (mesmo id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1580"/>
        <source>Imported {file}: {result}.</source>
        <translation>{file} importado: {result}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1594"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>Nada foi importado: {file} tem problemas. Corrija-os e tente de novo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1601"/>
        <source>Nothing was imported: {error}</source>
        <translation>Nada foi importado: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1605"/>
        <source>Export memories</source>
        <translation>Exportar memórias</translation>
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
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1645"/>
        <source>Exported 1 memory to {path}</source>
        <translation>1 memória exportada para {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1646"/>
        <source>Exported {count} memories to {path}</source>
        <translation>{count} memórias exportadas para {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1656"/>
        <source>The memories could not be exported: {error}</source>
        <translation>Não foi possível exportar as memórias: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1664"/>
        <source>Tidying up…</source>
        <translation>Organizando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1668"/>
        <source>Tidying up</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1688"/>
        <source>Nothing to tidy up: no expired memories, no duplicates, no old chat to summarise.</source>
        <translation>Nada para organizar: nenhuma memória expirada, nenhuma duplicada, nenhuma conversa antiga para resumir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1692"/>
        <source>Tidied up. Expired memories removed: {pruned}. Duplicates merged: {merged}. Chat notes summarised: {summarized}.</source>
        <translation>Organizado. Memórias expiradas removidas: {pruned}. Duplicadas mescladas: {merged}. Notas de chat resumidas: {summarized}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1697"/>
        <source>She stopped early because a conversation started; the rest waits for her next quiet moment.</source>
        <translation>Ela parou antes porque uma conversa começou; o resto espera o próximo momento tranquilo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1711"/>
        <source>Reading the logs</source>
        <translation>Leitura dos registros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1730"/>
        <source>The newest {count} entries</source>
        <translation>As {count} entradas mais recentes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1731"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1731"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1748"/>
        <source>Memory ids: {ids}</source>
        <translation>ids das memórias: {ids}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1762"/>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1764"/>
        <source>After:</source>
        <translation>Depois:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="1825"/>
        <source>no change</source>
        <translation>sem alteração</translation>
    </message>
</context>
<context>
    <name>MemoryItemDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="517"/>
        <source>Edit memory</source>
        <translation>Editar memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="517"/>
        <source>Add a memory</source>
        <translation>Adicionar uma memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="534"/>
        <source>One fact in one sentence, e.g. “Mika’s cat is called Miso.”</source>
        <translation>Um fato em uma frase, por ex. “O gato da Mika se chama Miso.”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="542"/>
        <source>Nobody in particular</source>
        <translation>Ninguém em particular</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="552"/>
        <source>Comma-separated, e.g. pets, family</source>
        <translation>Separadas por vírgula, por ex. bichos, família</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="558"/>
        <source>Optional, e.g. happy</source>
        <translation>Opcional, por ex. feliz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="561"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="562"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="566"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="567"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="570"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="572"/>
        <source>Pick a person, or type an identity such as twitch:12345.</source>
        <translation>Escolha uma pessoa ou digite uma identidade como twitch:12345.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="576"/>
        <source>Importance</source>
        <translation>Importância</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="578"/>
        <source>0 is trivia, 1 is something she must never forget.</source>
        <translation>0 é uma curiosidade, 1 é algo que ela nunca pode esquecer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="580"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="581"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="582"/>
        <source>Emotion</source>
        <translation>Emoção</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="585"/>
        <source>Forget after</source>
        <translation>Esquecer após</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="587"/>
        <source>Feelings usually fade after a day; facts are kept forever.</source>
        <translation>Sentimentos costumam passar em um dia; fatos ficam para sempre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="598"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="722"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="599"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="677"/>
        <source>Write what she should remember.</source>
        <translation>Escreva o que ela deve lembrar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="722"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="304"/>
        <source>Memory &amp; people</source>
        <translation>Memória e pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="305"/>
        <source>What Neiri remembers between conversations, and about whom.</source>
        <translation>O que a Neiri lembra entre as conversas, e sobre quem.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="308"/>
        <source>Long-term memory</source>
        <translation>Memória de longo prazo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="311"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="313"/>
        <source>Remember facts about you and her viewers</source>
        <translation>Lembrar fatos sobre você e os espectadores dela</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="315"/>
        <source>Off: nothing new is remembered or recalled; what she knows already is kept.</source>
        <translation>Desligado: nada novo é lembrado nem recordado; o que ela já sabe é mantido.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="320"/>
        <source>Learning</source>
        <translation>Aprendizado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="322"/>
        <source>Pick out new facts after each conversation</source>
        <translation>Extrair fatos novos depois de cada conversa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="326"/>
        <source>Memories per reply</source>
        <translation>Memórias por resposta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="332"/>
        <source>Memory budget</source>
        <translation>Limite de memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="334"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="405"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="338"/>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="340"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="342"/>
        <source>Open memory…</source>
        <translation>Abrir memória…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="343"/>
        <source>See, edit and delete what she remembers</source>
        <translation>Ver, editar e excluir o que ela lembra</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="347"/>
        <source>Housekeeping</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="350"/>
        <source>Tidy up every</source>
        <translation>Organizar a cada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="352"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="354"/>
        <source>How often duplicate memories are merged and old chat is summarised.</source>
        <translation>Com que frequência memórias duplicadas são mescladas e conversas antigas são resumidas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="358"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="362"/>
        <source>Merge when alike</source>
        <translation>Mesclar se parecidas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="366"/>
        <source>How alike two memories must be to become one (100 % means identical).</source>
        <translation>Quão parecidas duas memórias precisam ser para virar uma só (100 % significa idênticas).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="372"/>
        <source>Summarise after</source>
        <translation>Resumir após</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="374"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="375"/>
        <source>Chat notes older than this are folded into a short summary.</source>
        <translation>Notas do chat mais antigas que isso viram um resumo curto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="379"/>
        <source>Passing moods kept</source>
        <translation>Manter humores por</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="381"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="383"/>
        <source>How long short-lived memories, like the mood of the moment, are kept.</source>
        <translation>Por quanto tempo memórias passageiras, como o humor do momento, são mantidas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="390"/>
        <source>Relationships</source>
        <translation>Relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="393"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="395"/>
        <source>Keep track of the people she talks with</source>
        <translation>Acompanhar as pessoas com quem ela conversa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="397"/>
        <source>How well she knows each person: affinity, trust and how often you talk. Off: nothing about people is recorded.</source>
        <translation>Quão bem ela conhece cada pessoa: afinidade, confiança e com que frequência vocês conversam. Desligado: nada sobre as pessoas é registrado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="403"/>
        <source>Person card budget</source>
        <translation>Limite do cartão da pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="407"/>
        <source>Most tokens of what she knows about the speaker in a reply&apos;s prompt.</source>
        <translation>Máximo de tokens do que ela sabe sobre quem está falando no prompt de uma resposta.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="411"/>
        <source>Open relationships…</source>
        <translation>Abrir relacionamentos…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="413"/>
        <source>See and change what she thinks of each person</source>
        <translation>Ver e mudar o que ela pensa de cada pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="420"/>
        <source>&lt;b&gt;All memory stays on this computer.&lt;/b&gt; What she remembers and what she knows about people is kept in Neiri&apos;s data folder and is never uploaded. Only the few memories picked for a reply go into its prompt, to the language model you chose.</source>
        <translation>&lt;b&gt;Toda a memória fica neste computador.&lt;/b&gt; O que ela lembra e o que sabe sobre as pessoas fica guardado na pasta de dados da Neiri e nunca é enviado para a internet. Só as poucas memórias escolhidas para uma resposta entram no prompt dela, que vai para o modelo de linguagem que você escolheu.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="136"/>
        <source>Merge two people</source>
        <translation>Mesclar duas pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="143"/>
        <source>Merge “{first}” and “{second}” into one person? Their identities, interactions, notes and memories all go to the merged person.</source>
        <translation>Mesclar “{first}” e “{second}” em uma pessoa só? Identidades, interações, notas e memórias dos dois vão para a pessoa mesclada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="150"/>
        <source>The merged person keeps the name:</source>
        <translation>A pessoa mesclada fica com o nome:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="163"/>
        <source>Affinity becomes the average weighted by how much each one talked; trust the higher of the two. This cannot be undone.</source>
        <translation>A afinidade vira a média ponderada por quanto cada um conversou; a confiança, a maior das duas. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="171"/>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="173"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="206"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="239"/>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
</context>
<context>
    <name>MicMeter</name>
    <message>
        <location filename="../ui/widgets/status.py" line="75"/>
        <source>Microphone level: {:.0f} dB</source>
        <translation>Nível do microfone: {:.0f} dB</translation>
    </message>
</context>
<context>
    <name>MicPage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="447"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="448"/>
        <source>Say a few words: the bar should move while you speak.</source>
        <translation>Diga algumas palavras: a barra deve se mexer enquanto você fala.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="453"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="464"/>
        <source>Looking for a microphone…</source>
        <translation>Procurando um microfone…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="472"/>
        <source>Tip: with headphones you can interrupt Neiri at any time; with speakers, choose the Speakers mode in Settings &gt; Audio.</source>
        <translation>Dica: com fones de ouvido você pode interromper a Neiri a qualquer momento; com alto-falantes, escolha o modo Alto-falantes em Configurações &gt; Áudio.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="484"/>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="490"/>
        <source>Neiri hears you.</source>
        <translation>A Neiri está ouvindo você.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="499"/>
        <source>Listening on {device}. Speak now.</source>
        <translation>Ouvindo por {device}. Fale agora.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="500"/>
        <source>the default microphone</source>
        <translation>o microfone padrão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="505"/>
        <source>No microphone found — Neiri works with typed messages</source>
        <translation>Nenhum microfone encontrado — a Neiri funciona com mensagens digitadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="509"/>
        <source>Plug one in and choose it later in Settings &gt; Audio; she listens from her next start.</source>
        <translation>Conecte um e escolha-o depois em Configurações &gt; Áudio; ela passa a ouvir na próxima vez que abrir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="514"/>
        <source>Starting the microphone…</source>
        <translation>Iniciando o microfone…</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="437"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="444"/>
        <source>Moderation</source>
        <translation>Moderação</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="438"/>
        <source>Keeps the chat friendly: what Neiri will not answer and will not say.</source>
        <translation>Mantém o chat amigável: o que a Neiri não vai responder e não vai dizer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="441"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="446"/>
        <source>Filter messages to her and her replies</source>
        <translation>Filtrar as mensagens para ela e as respostas dela</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="449"/>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="449"/>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="453"/>
        <source>Word lists</source>
        <translation>Listas de palavras</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="456"/>
        <source>The built-in family-friendly word lists to use.</source>
        <translation>As listas de palavras embutidas, próprias para toda a família, que devem ser usadas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="460"/>
        <source>Repetition</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="462"/>
        <source>Skip sentences she has just said</source>
        <translation>Pular frases que ela acabou de dizer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="463"/>
        <source>Leaves out sentences she already said in her last few replies.</source>
        <translation>Deixa de fora frases que ela já disse nas últimas respostas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="466"/>
        <source>Your lists</source>
        <translation>Suas listas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="468"/>
        <source>One word per line, e.g.
banana*</source>
        <translation>Uma palavra por linha, por ex.
banana*</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="471"/>
        <source>Blocked words</source>
        <translation>Palavras bloqueadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="475"/>
        <source>Extra words to block, one per line. A trailing * also blocks the word&apos;s forms (bananas, bananarama).</source>
        <translation>Palavras extras a bloquear, uma por linha. Um * no final também bloqueia as formas da palavra (bananas, bananada).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="481"/>
        <source>One pattern per line, e.g.</source>
        <translation>Um padrão por linha, por ex.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="485"/>
        <source>Blocked patterns</source>
        <translation>Padrões bloqueados</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="488"/>
        <source>Extra regular expressions to block, one per line (Python syntax).</source>
        <translation>Expressões regulares extras a bloquear, uma por linha (sintaxe do Python).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="491"/>
        <source>One word per line</source>
        <translation>Uma palavra por linha</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="494"/>
        <source>Allowed words</source>
        <translation>Palavras permitidas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="498"/>
        <source>Words never to block, one per line: for harmless words the lists catch by mistake.</source>
        <translation>Palavras que nunca devem ser bloqueadas, uma por linha: para palavras inofensivas que as listas pegam por engano.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="505"/>
        <source>&lt;b&gt;How moderation works.&lt;/b&gt; Neiri has built-in family-friendly word lists for English and Russian, which your lists add to. Her character&apos;s spicy mode only relaxes mild swearing: slurs stay blocked. A blocked message gets a friendly refusal from her and never reaches the language model.</source>
        <translation>&lt;b&gt;Como a moderação funciona.&lt;/b&gt; A Neiri tem listas de palavras embutidas, próprias para toda a família, em inglês e russo, e as suas listas se somam a elas. O modo picante do personagem só libera palavrões leves: insultos discriminatórios continuam bloqueados. Uma mensagem bloqueada recebe dela uma recusa simpática e nunca chega ao modelo de linguagem.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="519"/>
        <source>“{pattern}” is not a valid regular expression: {reason}.</source>
        <translation>“{pattern}” não é uma expressão regular válida: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="523"/>
        <source>“{pattern}” is not a valid regular expression: {reason} at character {position}.</source>
        <translation>“{pattern}” não é uma expressão regular válida: {reason} no caractere {position}.</translation>
    </message>
</context>
<context>
    <name>NeiriApp</name>
    <message>
        <location filename="../ui/app.py" line="95"/>
        <source>Neiri could not start: {}</source>
        <translation>A Neiri não conseguiu iniciar: {}</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="161"/>
        <source>The desktop pet needs the local web server, which is not running.</source>
        <translation>O mascote da área de trabalho precisa do servidor web local, que não está em execução.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="180"/>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="180"/>
        <source>Listening</source>
        <translation>Ouvindo</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="187"/>
        <source>Neiri is still running in the tray. Use Quit in its menu to close her.</source>
        <translation>A Neiri continua rodando na bandeja. Para fechá-la, use Sair da Neiri no menu do ícone.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="198"/>
        <source>Problems in your settings</source>
        <translation>Problemas nas suas configurações</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="200"/>
        <source>Some settings could not be used; Neiri started with defaults for them.</source>
        <translation>Algumas configurações não puderam ser usadas; a Neiri iniciou com os valores padrão para elas.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="202"/>
        <source>Your settings file was not changed.</source>
        <translation>Seu arquivo de configurações não foi alterado.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="302"/>
        <source>the server answered with nothing</source>
        <translation>o servidor não respondeu nada</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="306"/>
        <source>Connected: first token after {:.0f} ms</source>
        <translation>Conectado: primeiro token após {:.0f} ms</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="324"/>
        <source>Saved. These take effect after a restart: {}</source>
        <translation>Salvo. Passam a valer após reiniciar: {}</translation>
    </message>
</context>
<context>
    <name>OllamaPage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="622"/>
        <source>Language model</source>
        <translation>Modelo de linguagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="624"/>
        <source>Neiri thinks with a language model that runs on your computer in Ollama.</source>
        <translation>A Neiri pensa com um modelo de linguagem que roda no seu computador, no Ollama.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="635"/>
        <source>Ollama address</source>
        <translation>Endereço do Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="639"/>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="644"/>
        <source>Looking for Ollama…</source>
        <translation>Procurando o Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="647"/>
        <source>Models in Ollama</source>
        <translation>Modelos no Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="654"/>
        <source>Neiri uses the selected model.</source>
        <translation>A Neiri usa o modelo selecionado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="657"/>
        <source>Download a model</source>
        <translation>Baixar um modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="663"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="664"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="675"/>
        <source>Ollama keeps what it downloaded: a stopped download continues later.</source>
        <translation>O Ollama guarda o que já baixou: um download interrompido continua depois.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="696"/>
        <location filename="../ui/dialogs/wizard.py" line="745"/>
        <source>{model} (recommended)</source>
        <translation>{model} (recomendado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="714"/>
        <source>Looking for Ollama at {url}…</source>
        <translation>Procurando o Ollama em {url}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="730"/>
        <source>Ollama is running at {url}.</source>
        <translation>O Ollama está rodando em {url}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="735"/>
        <source>Ollama is running at {url}, but it has no models yet. Download one below.</source>
        <translation>O Ollama está rodando em {url}, mas ainda não tem modelos. Baixe um abaixo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="754"/>
        <source>No models: Ollama is not running.</source>
        <translation>Sem modelos: o Ollama não está rodando.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="760"/>
        <source>Ollama is installed but not running. Start it with &lt;b&gt;ollama serve&lt;/b&gt; (or open the Ollama app), then press Check again.&lt;br&gt;Neiri opens without it and says so until it runs; she will use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>O Ollama está instalado, mas não está rodando. Inicie-o com &lt;b&gt;ollama serve&lt;/b&gt; (ou abra o app do Ollama) e clique em Verificar de novo.&lt;br&gt;A Neiri abre sem ele e avisa até que ele rode; ela vai usar &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="770"/>
        <source>Ollama was not found. Get it from &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt;, then press Check again.&lt;br&gt;Neiri still opens without it and tells you she can&apos;t think until Ollama runs; then download &lt;b&gt;{model}&lt;/b&gt; with: ollama pull {model}</source>
        <translation>O Ollama não foi encontrado. Baixe-o em &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt; e clique em Verificar de novo.&lt;br&gt;A Neiri abre mesmo sem ele e avisa que não consegue pensar até o Ollama rodar; depois baixe &lt;b&gt;{model}&lt;/b&gt; com: ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="789"/>
        <location filename="../ui/dialogs/wizard.py" line="801"/>
        <source>Asking Ollama for {model}…</source>
        <translation>Pedindo {model} ao Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="803"/>
        <source>Downloading {model}: {done} of {total}</source>
        <translation>Baixando {model}: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="807"/>
        <source>Checking the download…</source>
        <translation>Verificando o download…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="809"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="811"/>
        <location filename="../ui/dialogs/wizard.py" line="826"/>
        <source>{model} is ready.</source>
        <translation>{model} está pronto.</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="477"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="480"/>
        <source>Show or hide the text</source>
        <translation>Mostrar ou ocultar o texto</translation>
    </message>
</context>
<context>
    <name>RelationshipsDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="80"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="81"/>
        <source>strained</source>
        <translation>tenso</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="82"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="342"/>
        <source>acquaintance</source>
        <translation>conhecido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="83"/>
        <source>regular</source>
        <translation>frequente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="84"/>
        <source>close friend</source>
        <translation>amigo próximo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="209"/>
        <source>Relationships</source>
        <translation>Relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="255"/>
        <source>Merge…</source>
        <translation>Mesclar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="258"/>
        <source>Select exactly two people who are really one (e.g. on Twitch and on the phone)</source>
        <translation>Selecione exatamente duas pessoas que na verdade são uma só (por ex. na Twitch e no telefone)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="262"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="352"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="264"/>
        <source>Delete the selected person with their interactions, turns and memories</source>
        <translation>Excluir a pessoa selecionada com as interações, falas e memórias dela</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="267"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="269"/>
        <source>Add or update people from a CSV file (all rows, or none if one has a problem)</source>
        <translation>Adicionar ou atualizar pessoas a partir de um arquivo CSV (todas as linhas, ou nenhuma se uma tiver problema)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="272"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="273"/>
        <source>Save everyone to a CSV file for a spreadsheet</source>
        <translation>Salvar todo mundo em um arquivo CSV para planilha</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="275"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="296"/>
        <source>Search names, identities and notes</source>
        <translation>Buscar nomes, identidades e notas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="307"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="308"/>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="310"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="438"/>
        <source>Affinity</source>
        <translation>Afinidade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="315"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="343"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="444"/>
        <source>Trust</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="321"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="344"/>
        <source>Interactions</source>
        <translation>Interações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="327"/>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="332"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="346"/>
        <source>Remember</source>
        <translation>Lembrar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="333"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="333"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="371"/>
        <source>Select a person to see and edit what Neiri knows about them.</source>
        <translation>Selecione uma pessoa para ver e editar o que a Neiri sabe sobre ela.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="402"/>
        <source>What Neiri calls them</source>
        <translation>Como a Neiri chama a pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="415"/>
        <source>Comma-separated, e.g. moderator, artist</source>
        <translation>Separadas por vírgula, por ex. moderador, artista</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="418"/>
        <source>Your own notes; Neiri reads them too (e.g. “likes cat pictures”).</source>
        <translation>Suas próprias notas; a Neiri também as lê (por ex. “gosta de fotos de gatos”).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="422"/>
        <source>Remember this person</source>
        <translation>Lembrar desta pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="425"/>
        <source>When off, Neiri records no interactions with them, keeps no new memories about them and uses no relationship card.</source>
        <translation>Desligado: a Neiri não registra interações com a pessoa, não guarda novas memórias sobre ela e não usa cartão de relacionamento.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="435"/>
        <source>Nickname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="440"/>
        <source>How she feels about them: −1 cold, 0 neutral, 1 close friend.</source>
        <translation>Como ela se sente em relação à pessoa: −1 fria, 0 neutra, 1 amiga próxima.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="446"/>
        <source>0 to 1; it grows with good conversations.</source>
        <translation>De 0 a 1; cresce com boas conversas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="448"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="449"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="481"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="483"/>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="490"/>
        <source>Card preview</source>
        <translation>Prévia do cartão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="497"/>
        <source>What Neiri reads about them before she answers (as you edit it).</source>
        <translation>O que a Neiri lê sobre a pessoa antes de responder (conforme você edita).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="542"/>
        <source>Relationships are still loading…</source>
        <translation>Os relacionamentos ainda estão carregando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="543"/>
        <source>This page fills in by itself when Neiri is ready.</source>
        <translation>Esta página se preenche sozinha quando a Neiri estiver pronta.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="555"/>
        <source>Relationships are switched off in Settings &gt; Memory &amp; people: Neiri records no new interactions and uses no relationship cards. What she already knows is still here, and you can still edit or delete it.</source>
        <translation>Os relacionamentos estão desligados em Configurações &gt; Memória e pessoas: a Neiri não registra novas interações e não usa cartões de relacionamento. O que ela já sabe continua aqui, e você ainda pode editar ou excluir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="615"/>
        <source>Loading</source>
        <translation>Carregamento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="627"/>
        <source>1 person found</source>
        <translation>1 pessoa encontrada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="627"/>
        <source>{count} people found</source>
        <translation>{count} pessoas encontradas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="631"/>
        <source>Nobody yet: people appear here once they talk with Neiri.</source>
        <translation>Ninguém ainda: as pessoas aparecem aqui quando conversam com a Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="635"/>
        <source>1 person</source>
        <translation>1 pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="635"/>
        <source>{count} people</source>
        <translation>{count} pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="689"/>
        <source>First seen {first} · last seen {last} · {count} interactions</source>
        <translation>Visto pela primeira vez {first} · por último {last} · {count} interações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="698"/>
        <source>Counting memories</source>
        <translation>Contagem de memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="711"/>
        <source>Neiri remembers 1 thing about them (see Tools &gt; Memory).</source>
        <translation>A Neiri lembra 1 coisa sobre a pessoa (veja Ferramentas &gt; Memória).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="712"/>
        <source>Neiri remembers {count} things about them (see Tools &gt; Memory).</source>
        <translation>A Neiri lembra {count} coisas sobre a pessoa (veja Ferramentas &gt; Memória).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="766"/>
        <source>(No card: Neiri does not remember this person.)</source>
        <translation>(Sem cartão: a Neiri não lembra desta pessoa.)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="817"/>
        <source>Saved {name}.</source>
        <translation>{name} salvo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="832"/>
        <source>Saving</source>
        <translation>Salvamento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="839"/>
        <source>Select exactly two people to merge.</source>
        <translation>Selecione exatamente duas pessoas para mesclar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="852"/>
        <source>Merging</source>
        <translation>Mesclagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="863"/>
        <source>Merged into {name}: {keys}.</source>
        <translation>Mesclado em {name}: {keys}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="878"/>
        <source>Delete a person</source>
        <translation>Excluir uma pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="879"/>
        <source>Delete {name}?</source>
        <translation>Excluir {name}?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="882"/>
        <source>This deletes their identities ({keys}), their interactions, the turns they spoke and every memory Neiri has about them. It cannot be undone.</source>
        <translation>Isso exclui as identidades ({keys}), as interações, as falas da pessoa e todas as memórias que a Neiri tem sobre ela. Não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="886"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="887"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="899"/>
        <source>Deleting</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="913"/>
        <source>Deleted {name}. Their memories could not be forgotten because the memory is not loaded: open Tools &gt; Memory later and forget those about {keys}.</source>
        <translation>{name} excluído. As memórias sobre a pessoa não puderam ser esquecidas porque a memória não está carregada: abra Ferramentas &gt; Memória depois e esqueça as que são sobre {keys}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="925"/>
        <source>Deleted {name}, but their memories could not be forgotten: {error}</source>
        <translation>{name} excluído, mas as memórias sobre a pessoa não puderam ser esquecidas: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="933"/>
        <source>Deleted {name} and the 1 memory about them.</source>
        <translation>{name} excluído, com a 1 memória sobre a pessoa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="934"/>
        <source>Deleted {name} and the {count} memories about them.</source>
        <translation>{name} excluído, com as {count} memórias sobre a pessoa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="944"/>
        <source>Export relationships</source>
        <translation>Exportar relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="946"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="990"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="979"/>
        <source>Exported 1 person to {path}</source>
        <translation>1 pessoa exportada para {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="980"/>
        <source>Exported {count} people to {path}</source>
        <translation>{count} pessoas exportadas para {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="987"/>
        <source>Import relationships</source>
        <translation>Importar relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="990"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1014"/>
        <source>Imported 1 row from {file}.</source>
        <translation>1 linha importada de {file}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1015"/>
        <source>Imported {count} rows from {file}.</source>
        <translation>{count} linhas importadas de {file}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1035"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>Nada foi importado: {file} tem problemas. Corrija-os e tente de novo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1043"/>
        <source>The CSV file could not be used: {error}</source>
        <translation>Não foi possível usar o arquivo CSV: {error}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1975"/>
        <source>Server and OBS</source>
        <translation>Servidor e OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1976"/>
        <source>The local web server that serves the avatar to OBS and remote controls.</source>
        <translation>O servidor web local que entrega o avatar ao OBS e aos controles remotos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1979"/>
        <source>Web server</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1980"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1981"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1984"/>
        <source>Remote access</source>
        <translation>Acesso remoto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1986"/>
        <source>Allow other devices to connect</source>
        <translation>Permitir que outros dispositivos se conectem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1989"/>
        <source>Needed for remote access</source>
        <translation>Necessário para acesso remoto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1990"/>
        <source>Generate</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1991"/>
        <source>Make a new random token</source>
        <translation>Gerar um novo token aleatório</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1997"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2002"/>
        <source>Remote access is allowed but there is no token: remote clients are refused.</source>
        <translation>O acesso remoto está permitido, mas não há token: clientes remotos são recusados.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2008"/>
        <source>OBS overlay</source>
        <translation>Sobreposição do OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2011"/>
        <location filename="../ui/dialogs/settings_pages.py" line="2036"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2017"/>
        <source>In OBS, add a Browser source with this address. Its background is transparent.</source>
        <translation>No OBS, adicione uma fonte Navegador com este endereço. O fundo é transparente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2021"/>
        <source>Overlay URL</source>
        <translation>URL da sobreposição</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="2031"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="163"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="228"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="257"/>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="230"/>
        <source>Keep my values</source>
        <translation>Manter meus valores</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="235"/>
        <source>Overwrite anyway</source>
        <translation>Sobrescrever mesmo assim</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="237"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="254"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="255"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="256"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Reset the values on this page</source>
        <translation>Redefinir os valores desta página</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="373"/>
        <source>Could not list audio devices: {error}</source>
        <translation>Não foi possível listar os dispositivos de áudio: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="445"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="448"/>
        <source>Fix the values marked in red to save ({pages}).</source>
        <translation>Corrija os valores marcados em vermelho para salvar ({pages}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="454"/>
        <source>You have unsaved changes.</source>
        <translation>Há alterações não salvas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="475"/>
        <source>Restore the default values of the “{page}” page? Your values on it are lost when you apply.</source>
        <translation>Restaurar os valores padrão da página “{page}”? Seus valores nela se perdem quando você aplicar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="548"/>
        <source>The settings were not saved: {reason}. Saving replaces the whole file with the values shown here.</source>
        <translation>As configurações não foram salvas: {reason}. Salvar substitui o arquivo inteiro pelos valores mostrados aqui.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="556"/>
        <source>The settings could not be saved to {path}: {error}</source>
        <translation>Não foi possível salvar as configurações em {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="568"/>
        <source>The character could not be saved: {error}</source>
        <translation>Não foi possível salvar o personagem: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1043"/>
        <source>Checking for a system keyring…</source>
        <translation>Verificando o chaveiro do sistema…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1045"/>
        <source>Stored in the system keyring, not in the settings file.</source>
        <translation>Guardado no chaveiro do sistema, não no arquivo de configurações.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1048"/>
        <source>No system keyring is available, so this is kept in the settings file (readable only by you). It never appears in the logs.</source>
        <translation>Não há chaveiro do sistema disponível, então isto fica no arquivo de configurações (que só você pode ler). Nunca aparece nos logs.</translation>
    </message>
</context>
<context>
    <name>SettingsModel</name>
    <message>
        <source>Settings format version. Neiri manages this.</source>
        <extracomment>Help text of the setting version</extracomment>
        <translation>Versão do formato das configurações. A Neiri cuida disso.</translation>
    </message>
    <message>
        <source>Language of the user interface.</source>
        <extracomment>Help text of the setting ui_language</extracomment>
        <translation>Idioma da interface.</translation>
    </message>
    <message>
        <source>Which character Neiri plays.</source>
        <extracomment>Help text of the setting character</extracomment>
        <translation>Qual personagem a Neiri interpreta.</translation>
    </message>
    <message>
        <source>Microphone and speakers.</source>
        <extracomment>Help text of the setting audio</extracomment>
        <translation>Microfone e alto-falantes.</translation>
    </message>
    <message>
        <source>Microphone: a device name or index. Empty means the system default.</source>
        <extracomment>Help text of the setting audio.input_device</extracomment>
        <translation>Microfone: nome ou índice do dispositivo. Vazio usa o padrão do sistema.</translation>
    </message>
    <message>
        <source>Speakers or headphones: a device name or index. Empty: system default.</source>
        <extracomment>Help text of the setting audio.output_device</extracomment>
        <translation>Alto-falantes ou fones: nome ou índice do dispositivo. Vazio: padrão do sistema.</translation>
    </message>
    <message>
        <source>Audio block length (ms). Shorter reacts faster, longer uses less CPU.</source>
        <extracomment>Help text of the setting audio.block_ms</extracomment>
        <translation>Tamanho do bloco de áudio (ms). Menor reage mais rápido; maior usa menos CPU.</translation>
    </message>
    <message>
        <source>Headphones: you can interrupt Neiri freely. Speakers: her own voice can reach the mic, so interrupting needs you to be clearly louder than the echo.</source>
        <extracomment>Help text of the setting audio.mode</extracomment>
        <translation>Fones de ouvido: você pode interromper a Neiri à vontade. Alto-falantes: a voz dela pode chegar ao microfone, então para interromper você precisa falar bem mais alto que o eco.</translation>
    </message>
    <message>
        <source>Extra microphone gain in decibels.</source>
        <extracomment>Help text of the setting audio.input_gain_db</extracomment>
        <translation>Ganho extra do microfone em decibéis.</translation>
    </message>
    <message>
        <source>Detecting when you start and stop speaking.</source>
        <extracomment>Help text of the setting vad</extracomment>
        <translation>Detectar quando você começa e para de falar.</translation>
    </message>
    <message>
        <source>Speech probability above which a sound counts as the start of speech.</source>
        <extracomment>Help text of the setting vad.threshold</extracomment>
        <translation>Probabilidade de fala acima da qual um som conta como início da fala.</translation>
    </message>
    <message>
        <source>Speech probability below which speech counts as stopped (below threshold).</source>
        <extracomment>Help text of the setting vad.neg_threshold</extracomment>
        <translation>Probabilidade de fala abaixo da qual a fala conta como encerrada (abaixo do limiar).</translation>
    </message>
    <message>
        <source>Sounds shorter than this (milliseconds) are ignored.</source>
        <extracomment>Help text of the setting vad.min_speech_ms</extracomment>
        <translation>Sons mais curtos que isso (milissegundos) são ignorados.</translation>
    </message>
    <message>
        <source>Silence (ms) needed before your sentence counts as finished.</source>
        <extracomment>Help text of the setting vad.min_silence_ms</extracomment>
        <translation>Silêncio (ms) necessário para a sua frase contar como terminada.</translation>
    </message>
    <message>
        <source>Audio (ms) kept from before speech was detected, so first syllables survive.</source>
        <extracomment>Help text of the setting vad.preroll_ms</extracomment>
        <translation>Áudio (ms) guardado de antes de a fala ser detectada, para não perder as primeiras sílabas.</translation>
    </message>
    <message>
        <source>Longest single utterance in seconds; longer speech is cut and sent as is.</source>
        <extracomment>Help text of the setting vad.max_utterance_s</extracomment>
        <translation>Fala mais longa, em segundos; falas maiores são cortadas e enviadas como estão.</translation>
    </message>
    <message>
        <source>Speakers mode only: how much louder (dB) the mic must be than the expected echo of Neiri&apos;s voice for you to interrupt her.</source>
        <extracomment>Help text of the setting vad.speakers_margin_db</extracomment>
        <translation>Só no modo alto-falantes: quanto mais alto (dB) o microfone precisa estar que o eco esperado da voz da Neiri para você interrompê-la.</translation>
    </message>
    <message>
        <source>Speech recognition.</source>
        <extracomment>Help text of the setting asr</extracomment>
        <translation>Reconhecimento de fala.</translation>
    </message>
    <message>
        <source>Speech recognition model: a Whisper model name (tiny.en, base) or a folder.</source>
        <extracomment>Help text of the setting asr.model</extracomment>
        <translation>Modelo de reconhecimento de fala: nome de um modelo Whisper (tiny.en, base) ou uma pasta.</translation>
    </message>
    <message>
        <source>Language you speak (e.g. en). Empty means the character&apos;s language.</source>
        <extracomment>Help text of the setting asr.language</extracomment>
        <translation>Idioma que você fala (ex.: pt). Vazio usa o idioma do personagem.</translation>
    </message>
    <message>
        <source>Numeric precision for recognition (int8 is fastest on a CPU).</source>
        <extracomment>Help text of the setting asr.compute_type</extracomment>
        <translation>Precisão numérica do reconhecimento (int8 é o mais rápido na CPU).</translation>
    </message>
    <message>
        <source>Where recognition runs: cpu or cuda.</source>
        <extracomment>Help text of the setting asr.device</extracomment>
        <translation>Onde o reconhecimento roda: cpu ou cuda.</translation>
    </message>
    <message>
        <source>CPU threads for recognition. 0 picks automatically.</source>
        <extracomment>Help text of the setting asr.cpu_threads</extracomment>
        <translation>Threads da CPU para o reconhecimento. 0 escolhe automaticamente.</translation>
    </message>
    <message>
        <source>Beam search width. 1 is fastest; larger can be more accurate.</source>
        <extracomment>Help text of the setting asr.beam_size</extracomment>
        <translation>Largura da busca em feixe. 1 é o mais rápido; valores maiores podem ser mais precisos.</translation>
    </message>
    <message>
        <source>The language model.</source>
        <extracomment>Help text of the setting llm</extracomment>
        <translation>O modelo de linguagem.</translation>
    </message>
    <message>
        <source>ollama for a local Ollama server, openai for any OpenAI-compatible server.</source>
        <extracomment>Help text of the setting llm.provider</extracomment>
        <translation>ollama para um servidor Ollama local, openai para qualquer servidor compatível com OpenAI.</translation>
    </message>
    <message>
        <source>Address of the language model server.</source>
        <extracomment>Help text of the setting llm.base_url</extracomment>
        <translation>Endereço do servidor do modelo de linguagem.</translation>
    </message>
    <message>
        <source>Name of the language model.</source>
        <extracomment>Help text of the setting llm.model</extracomment>
        <translation>Nome do modelo de linguagem.</translation>
    </message>
    <message>
        <source>API key, if the server needs one. Leave empty for a local Ollama.</source>
        <extracomment>Help text of the setting llm.api_key</extracomment>
        <translation>Chave de API, se o servidor pedir. Deixe vazio para um Ollama local.</translation>
    </message>
    <message>
        <source>How long Ollama keeps the model in memory after a reply (e.g. 30m, 1h, -1).</source>
        <extracomment>Help text of the setting llm.keep_alive</extracomment>
        <translation>Por quanto tempo o Ollama mantém o modelo na memória após uma resposta (ex.: 30m, 1h, -1).</translation>
    </message>
    <message>
        <source>Context window of the model, in tokens.</source>
        <extracomment>Help text of the setting llm.num_ctx</extracomment>
        <translation>Janela de contexto do modelo, em tokens.</translation>
    </message>
    <message>
        <source>Creativity: low is focused, high is more varied.</source>
        <extracomment>Help text of the setting llm.temperature</extracomment>
        <translation>Criatividade: baixa é mais focada, alta é mais variada.</translation>
    </message>
    <message>
        <source>Longest reply, in tokens.</source>
        <extracomment>Help text of the setting llm.max_tokens</extracomment>
        <translation>Resposta mais longa, em tokens.</translation>
    </message>
    <message>
        <source>How many times to retry when the server cannot be reached.</source>
        <extracomment>Help text of the setting llm.connect_retries</extracomment>
        <translation>Quantas vezes tentar de novo quando o servidor não responde.</translation>
    </message>
    <message>
        <source>Wait before the first retry in seconds; it doubles on each retry.</source>
        <extracomment>Help text of the setting llm.retry_backoff_s</extracomment>
        <translation>Espera antes da primeira nova tentativa, em segundos; dobra a cada tentativa.</translation>
    </message>
    <message>
        <source>Give up on a reply after this many seconds.</source>
        <extracomment>Help text of the setting llm.timeout_s</extracomment>
        <translation>Desistir de uma resposta após este número de segundos.</translation>
    </message>
    <message>
        <source>Neiri&apos;s voice.</source>
        <extracomment>Help text of the setting tts</extracomment>
        <translation>A voz da Neiri.</translation>
    </message>
    <message>
        <source>Speech synthesis engine.</source>
        <extracomment>Help text of the setting tts.engine</extracomment>
        <translation>Mecanismo de síntese de fala.</translation>
    </message>
    <message>
        <source>Voice name or path. Empty means the character&apos;s voice.</source>
        <extracomment>Help text of the setting tts.voice</extracomment>
        <translation>Nome ou caminho da voz. Vazio usa a voz do personagem.</translation>
    </message>
    <message>
        <source>Speaking speed: 1.0 is normal.</source>
        <extracomment>Help text of the setting tts.speed</extracomment>
        <translation>Velocidade da fala: 1.0 é a normal.</translation>
    </message>
    <message>
        <source>How many spoken phrases to keep cached. 0 disables it.</source>
        <extracomment>Help text of the setting tts.cache_size</extracomment>
        <translation>Quantas frases faladas manter em cache. 0 desativa o cache.</translation>
    </message>
    <message>
        <source>Conversation memory and limits.</source>
        <extracomment>Help text of the setting conversation</extracomment>
        <translation>Memória da conversa e limites.</translation>
    </message>
    <message>
        <source>How many past exchanges Neiri remembers in a conversation.</source>
        <extracomment>Help text of the setting conversation.history_turns</extracomment>
        <translation>Quantas trocas anteriores a Neiri lembra em uma conversa.</translation>
    </message>
    <message>
        <source>Longest message she accepts, in characters.</source>
        <extracomment>Help text of the setting conversation.max_input_chars</extracomment>
        <translation>Mensagem mais longa que ela aceita, em caracteres.</translation>
    </message>
    <message>
        <source>Continue the last conversation if it ended less than this many hours ago.</source>
        <extracomment>Help text of the setting conversation.resume_window_h</extracomment>
        <translation>Continuar a última conversa se ela terminou há menos que este número de horas.</translation>
    </message>
    <message>
        <source>Long-term memory.</source>
        <extracomment>Help text of the setting memory</extracomment>
        <translation>Memória de longo prazo.</translation>
    </message>
    <message>
        <source>Long-term memory: she remembers facts about you and her viewers.</source>
        <extracomment>Help text of the setting memory.enabled</extracomment>
        <translation>Memória de longo prazo: ela lembra fatos sobre você e os espectadores dela.</translation>
    </message>
    <message>
        <source>After a conversation, ask the language model what is worth remembering (runs only while nobody is talking).</source>
        <extracomment>Help text of the setting memory.extract_facts</extracomment>
        <translation>Depois de uma conversa, perguntar ao modelo de linguagem o que vale a pena lembrar (só roda enquanto ninguém está falando).</translation>
    </message>
    <message>
        <source>How many memories may go into one reply&apos;s prompt.</source>
        <extracomment>Help text of the setting memory.recall_items</extracomment>
        <translation>Quantas memórias podem entrar no prompt de uma resposta.</translation>
    </message>
    <message>
        <source>Most tokens of memories in one reply&apos;s prompt.</source>
        <extracomment>Help text of the setting memory.recall_tokens</extracomment>
        <translation>Máximo de tokens de memórias no prompt de uma resposta.</translation>
    </message>
    <message>
        <source>Longest wait for memories before a reply; late ones are used next time.</source>
        <extracomment>Help text of the setting memory.recall_timeout_ms</extracomment>
        <translation>Espera máxima por memórias antes de uma resposta; as que chegam atrasadas são usadas na próxima vez.</translation>
    </message>
    <message>
        <source>How often (minutes) duplicates are merged and old chat is summarised.</source>
        <extracomment>Help text of the setting memory.consolidate_every_min</extracomment>
        <translation>Com que frequência (minutos) duplicadas são mescladas e conversas antigas são resumidas.</translation>
    </message>
    <message>
        <source>How alike two memories must be (0-1) to be merged into one.</source>
        <extracomment>Help text of the setting memory.merge_similarity</extracomment>
        <translation>Quão parecidas duas memórias precisam ser (0-1) para serem mescladas em uma só.</translation>
    </message>
    <message>
        <source>Chat notes older than this are summarised.</source>
        <extracomment>Help text of the setting memory.summarize_after_days</extracomment>
        <translation>Notas do chat mais antigas que isso são resumidas.</translation>
    </message>
    <message>
        <source>How long short-lived memories (moods of the moment) are kept, in hours.</source>
        <extracomment>Help text of the setting memory.session_ttl_h</extracomment>
        <translation>Por quanto tempo memórias passageiras (humores do momento) são mantidas, em horas.</translation>
    </message>
    <message>
        <source>The people she talks with.</source>
        <extracomment>Help text of the setting relationships</extracomment>
        <translation>As pessoas com quem ela conversa.</translation>
    </message>
    <message>
        <source>Keep track of the people she talks with (affinity, trust, how often). Off: nothing about people is recorded.</source>
        <extracomment>Help text of the setting relationships.enabled</extracomment>
        <translation>Acompanhar as pessoas com quem ela conversa (afinidade, confiança, frequência). Desligado: nada sobre as pessoas é registrado.</translation>
    </message>
    <message>
        <source>Most tokens of the speaker&apos;s card in a reply&apos;s prompt.</source>
        <extracomment>Help text of the setting relationships.card_tokens</extracomment>
        <translation>Máximo de tokens do cartão de quem está falando no prompt de uma resposta.</translation>
    </message>
    <message>
        <source>Keeping the conversation friendly.</source>
        <extracomment>Help text of the setting moderation</extracomment>
        <translation>Manter a conversa amigável.</translation>
    </message>
    <message>
        <source>Block unfriendly messages and clean her replies before she speaks.</source>
        <extracomment>Help text of the setting moderation.enabled</extracomment>
        <translation>Bloquear mensagens hostis e limpar as respostas dela antes que ela fale.</translation>
    </message>
    <message>
        <source>Word lists to use (en, ru).</source>
        <extracomment>Help text of the setting moderation.languages</extracomment>
        <translation>Listas de palavras a usar (en, ru).</translation>
    </message>
    <message>
        <source>Extra words to block (a trailing * blocks word forms).</source>
        <extracomment>Help text of the setting moderation.blocked_words</extracomment>
        <translation>Palavras extras a bloquear (um * no final bloqueia as formas da palavra).</translation>
    </message>
    <message>
        <source>Extra regular expressions to block.</source>
        <extracomment>Help text of the setting moderation.blocked_patterns</extracomment>
        <translation>Expressões regulares extras a bloquear.</translation>
    </message>
    <message>
        <source>Words never to block (false alarms).</source>
        <extracomment>Help text of the setting moderation.allowed_words</extracomment>
        <translation>Palavras que nunca devem ser bloqueadas (falsos alarmes).</translation>
    </message>
    <message>
        <source>Skip sentences she has just said in her last few replies.</source>
        <extracomment>Help text of the setting moderation.anti_repetition</extracomment>
        <translation>Pular frases que ela acabou de dizer nas últimas respostas.</translation>
    </message>
    <message>
        <source>Log files.</source>
        <extracomment>Help text of the setting logging</extracomment>
        <translation>Arquivos de log.</translation>
    </message>
    <message>
        <source>How much goes into the log file: DEBUG, INFO, WARNING or ERROR.</source>
        <extracomment>Help text of the setting logging.level</extracomment>
        <translation>Quanto vai para o arquivo de log: DEBUG, INFO, WARNING ou ERROR.</translation>
    </message>
    <message>
        <source>Size in bytes at which the log file is rotated.</source>
        <extracomment>Help text of the setting logging.max_bytes</extracomment>
        <translation>Tamanho em bytes em que o arquivo de log é rotacionado.</translation>
    </message>
    <message>
        <source>How many rotated log files to keep.</source>
        <extracomment>Help text of the setting logging.backups</extracomment>
        <translation>Quantos arquivos de log antigos manter.</translation>
    </message>
    <message>
        <source>The local web server (avatar, remote control).</source>
        <extracomment>Help text of the setting server</extracomment>
        <translation>O servidor web local (avatar, controle remoto).</translation>
    </message>
    <message>
        <source>Address the local web server listens on.</source>
        <extracomment>Help text of the setting server.host</extracomment>
        <translation>Endereço em que o servidor web local escuta.</translation>
    </message>
    <message>
        <source>Serve the avatar page for the app window and OBS browser sources.</source>
        <extracomment>Help text of the setting server.enabled</extracomment>
        <translation>Servir a página do avatar para a janela do app e as fontes de navegador do OBS.</translation>
    </message>
    <message>
        <source>Port of the local web server (0 picks a free one).</source>
        <extracomment>Help text of the setting server.port</extracomment>
        <translation>Porta do servidor web local (0 escolhe uma livre).</translation>
    </message>
    <message>
        <source>Allow other devices on the network to connect (needs a token).</source>
        <extracomment>Help text of the setting server.allow_remote</extracomment>
        <translation>Permitir que outros dispositivos da rede se conectem (requer um token).</translation>
    </message>
    <message>
        <source>Password that remote clients must send to connect.</source>
        <extracomment>Help text of the setting server.token</extracomment>
        <translation>Senha que clientes remotos precisam enviar para se conectar.</translation>
    </message>
    <message>
        <source>The desktop window.</source>
        <extracomment>Help text of the setting ui</extracomment>
        <translation>A janela do app.</translation>
    </message>
    <message>
        <source>Colours of the window: follow the system, light or dark.</source>
        <extracomment>Help text of the setting ui.theme</extracomment>
        <translation>Cores da janela: seguir o sistema, claras ou escuras.</translation>
    </message>
    <message>
        <source>Closing the window keeps Neiri running in the system tray.</source>
        <extracomment>Help text of the setting ui.close_to_tray</extracomment>
        <translation>Fechar a janela mantém a Neiri rodando na bandeja do sistema.</translation>
    </message>
    <message>
        <source>Whether the &apos;still running in the tray&apos; notice was shown once.</source>
        <extracomment>Help text of the setting ui.tray_notice_shown</extracomment>
        <translation>Se o aviso “continua rodando na bandeja” já foi mostrado uma vez.</translation>
    </message>
    <message>
        <source>Hold this key to talk while the microphone is off.</source>
        <extracomment>Help text of the setting ui.push_to_talk_key</extracomment>
        <translation>Segure esta tecla para falar enquanto o microfone está desligado.</translation>
    </message>
</context>
<context>
    <name>SpeechPage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="979"/>
        <source>Hearing and voice</source>
        <translation>Audição e voz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="982"/>
        <source>Neiri comes with small models that work offline. Bigger ones understand you better; they are downloaded once.</source>
        <translation>A Neiri vem com modelos pequenos que funcionam offline. Os maiores entendem você melhor; eles são baixados uma única vez.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="987"/>
        <source>Speech recognition (Whisper)</source>
        <translation>Reconhecimento de fala (Whisper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="991"/>
        <source>Voice (Piper)</source>
        <translation>Voz (Piper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="996"/>
        <source>Download selected</source>
        <translation>Baixar selecionados</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="997"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1013"/>
        <source>English only</source>
        <translation>só inglês</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1013"/>
        <source>many languages</source>
        <translation>vários idiomas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1017"/>
        <source>American English</source>
        <translation>inglês americano</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1018"/>
        <source>Russian</source>
        <translation>russo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1019"/>
        <source>Brazilian Portuguese</source>
        <translation>português brasileiro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1020"/>
        <source>Simplified Chinese</source>
        <translation>chinês simplificado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1024"/>
        <source>{what}; about {size} to download.</source>
        <translation>{what}; cerca de {size} para baixar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1033"/>
        <source>Keep the bundled {name}: fast, works offline</source>
        <translation>Manter o {name} incluído: rápido, funciona offline</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1035"/>
        <source>Keep the current model ({name})</source>
        <translation>Manter o modelo atual ({name})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1037"/>
        <location filename="../ui/dialogs/wizard.py" line="1045"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1039"/>
        <source>Keep the bundled voice ({name}): works offline</source>
        <translation>Manter a voz incluída ({name}): funciona offline</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1043"/>
        <source>Keep the current voice ({name})</source>
        <translation>Manter a voz atual ({name})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1094"/>
        <source>All set</source>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1095"/>
        <source>Finish saves these settings. Here is what Neiri will use:</source>
        <translation>Concluir salva estas configurações. Isto é o que a Neiri vai usar:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="1097"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../ui/widgets/transcript.py" line="46"/>
        <source>typed</source>
        <translation>digitado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/transcript.py" line="62"/>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <location filename="../ui/widgets/transcript.py" line="104"/>
        <source>Say something, or type a message below.</source>
        <translation>Diga algo ou digite uma mensagem abaixo.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/transcript.py" line="115"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../ui/tray.py" line="26"/>
        <source>Show / hide window</source>
        <translation>Mostrar / ocultar janela</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="27"/>
        <source>Desktop pet</source>
        <translation>Mascote na área de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="29"/>
        <source>Click-through</source>
        <translation>Deixar cliques passarem</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="32"/>
        <source>Mute microphone</source>
        <translation>Silenciar microfone</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="34"/>
        <source>Pause listening</source>
        <translation>Pausar a escuta</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="36"/>
        <source>Stop speaking</source>
        <translation>Parar de falar</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="37"/>
        <source>Character</source>
        <translation>Personagem</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="41"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="42"/>
        <source>Quit Neiri</source>
        <translation>Sair da Neiri</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1521"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1523"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1545"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1521"/>
        <source>How Neiri sounds when she speaks.</source>
        <translation>Como a Neiri soa quando fala.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1526"/>
        <source>Piper (fast, on the CPU)</source>
        <translation>Piper (rápido, na CPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1527"/>
        <source>XTTS-v2 (optional download)</source>
        <translation>XTTS-v2 (download opcional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1531"/>
        <source>Engine</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1534"/>
        <source>XTTS-v2 needs the optional xtts package and a model you download yourself; its weights are licensed for non-commercial use only.</source>
        <translation>O XTTS-v2 precisa do pacote opcional xtts e de um modelo que você mesmo baixa; os pesos dele são licenciados só para uso não comercial.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1542"/>
        <source>The character&apos;s voice</source>
        <translation>A voz do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1560"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1563"/>
        <location filename="../ui/dialogs/settings_pages.py" line="1565"/>
        <source>Preview</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1564"/>
        <source>Hi! I&apos;m Neiri. This is how I sound.</source>
        <translation>Oi! Eu sou a Neiri. É assim que eu soo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1572"/>
        <source>Uses the engine, voice and speed chosen above, before you apply them.</source>
        <translation>Usa o mecanismo, a voz e a velocidade escolhidos acima, antes mesmo de aplicá-los.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1575"/>
        <source>Say</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1577"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1580"/>
        <source>Phrase cache</source>
        <translation>Cache de frases</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="1582"/>
        <source> phrases</source>
        <translation> frases</translation>
    </message>
</context>
<context>
    <name>_Handle</name>
    <message>
        <location filename="../ui/desktop_pet.py" line="33"/>
        <source>Drag to move Neiri</source>
        <translation>Arraste para mover a Neiri</translation>
    </message>
</context>
<context>
    <name>_ModelChoice</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="881"/>
        <source>{name} (installed)</source>
        <translation>{name} (instalado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="883"/>
        <source>{name} (about {size})</source>
        <translation>{name} (cerca de {size})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="905"/>
        <source>Installed: it will be used.</source>
        <translation>Instalado: ele será usado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="908"/>
        <source>A part was downloaded before: the download continues from there.</source>
        <translation>Uma parte já foi baixada antes: o download continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="918"/>
        <source>Waiting for the download before it…</source>
        <translation>Aguardando o download anterior…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="927"/>
        <location filename="../ui/dialogs/wizard.py" line="936"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="933"/>
        <source>Checking {file}…</source>
        <translation>Verificando {file}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="938"/>
        <source>Resuming {file} after {size}…</source>
        <translation>Retomando {file} a partir de {size}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="944"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="949"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="952"/>
        <source>{m}:{s:02d} left</source>
        <translation>faltam {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="964"/>
        <source>Downloaded and checked.</source>
        <translation>Baixado e verificado.</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="353"/>
        <source>unknown size</source>
        <translation>tamanho desconhecido</translation>
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
        <translation>{value:.0f} bytes</translation>
    </message>
</context>
</TS>
