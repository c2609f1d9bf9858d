// SPDX-License-Identifier: GPL-3.0-or-later
// The avatar page: a VRM (three.js) or a Live2D model (our own renderer over the user's
// Cubism Core) on a transparent WebGL canvas, driven by Neiri's event stream.
// See avatar.html for the page options and window.neiriAvatar for the script API.

import { checkEmotionMap, Emotions } from "./emotions.js";
import { Blinker, Gaze, idlePose } from "./idle.js";
import { LipSync, VISEME_NAMES } from "./lipsync.js";
import { Live2DAvatar } from "./live2d_avatar.js";
import * as live2dFormats from "./live2d_formats.js";
import { Live2DRenderer } from "./live2d_renderer.js";
import { disposeVRM, loadVRM, modelInfo, Rig } from "./model.js";
import { MOTION_NAMES, Motions } from "./motions.js";
import { AVATAR_INFO_URL, DEFAULT_MODELS, FRAMINGS, modelKind, readOptions } from "./options.js";
import { Stage } from "./stage.js";
import { EventStream, streamUrl } from "./stream.js";
import { Page } from "./page.js";

const EPOCH = performance.timeOrigin || Date.now() - performance.now();

const options = readOptions();
const page = new Page(document, options.bg);

// --- conversation state, as the status page had it (tests and overlays read it) -------
const status = (window.neiriStatus = {
  connected: false,
  role: null,
  state: "connecting",
  emotion: "",
  caption: "",
  mouth: 0,
  events: 0,
  lastType: "",
  reconnects: 0,
});

// --- the avatar -----------------------------------------------------------------------
const emotions = new Emotions();
const lipsync = new LipSync();
const blinker = new Blinker();
const gaze = new Gaze();
const motions = new Motions();
const pinned = new Map(); // setExpression(): expression -> weight, wins over every layer
let stage = null;
let vrm = null;
let rig = null;
let live2d = null; // the Live2D model shown (Live2DAvatar), when it is one
let live2dView = null; // its canvas and renderer, made the first time one is shown
let model = { url: "", kind: "", info: null, error: "", loading: false };
let lastError = ""; // the last load that failed, kept after a fallback model shows
let idle = options.idle;
let loadSerial = 0;
const fps = { value: 0, frames: 0, windowStart: 0, count: 0 };

// the emotion map: the server's (character + settings, for this model), then the page's
let serverMap = {};
let pageMap = options.emotions || {};

function applyEmotionMaps() {
  try {
    emotions.setMap({ ...serverMap, ...pageMap });
  } catch (error) {
    console.warn("neiri avatar: emotion map rejected:", error.message);
    try {
      emotions.setMap(pageMap);
    } catch (ignored) {
      emotions.setMap({});
    }
  }
}
applyEmotionMaps();

try {
  stage = new Stage(document.getElementById("stage"), { background: options.bg });
  stage.scene.add(gaze.target);
} catch (error) {
  console.error("neiri avatar: WebGL is not available:", error);
  page.message(
    "The avatar needs WebGL",
    "This browser could not start WebGL (hardware acceleration off or blocked), so Neiri cannot be drawn here.",
  );
}

/** Show a model: a VRM, or a Live2D model3.json (`kind`, else told by the URL). */
function loadModel(url, how = {}) {
  const kind = how.kind || modelKind(url);
  return kind === "live2d" ? loadLive2D(url, how) : loadVrm(url, how);
}

function showing(kind) {
  if (stage) stage.canvas.style.display = kind === "live2d" ? "none" : "block";
  if (live2dView) live2dView.visible = kind === "live2d";
}

async function loadVrm(url, { label = "", quiet = false } = {}) {
  if (!stage) throw new Error("WebGL is not available");
  const serial = ++loadSerial;
  model = { url, kind: "vrm", info: null, error: "", loading: true };
  const slow = setTimeout(() => serial === loadSerial && page.message("Loading the avatar…", label), 700);
  try {
    const loaded = await loadVRM(url, (event) => {
      if (serial === loadSerial && event.lengthComputable && event.total > 0) {
        page.progress(event.loaded / event.total);
      }
    });
    if (serial !== loadSerial) {
      disposeVRM(loaded); // a newer load won
      return false;
    }
    disposeVRM(vrm);
    disposeLive2D();
    vrm = loaded;
    rig = new Rig(vrm);
    stage.scene.add(vrm.scene);
    if (vrm.lookAt) vrm.lookAt.target = gaze.target;
    stage.frame(vrm, options.framing);
    showing("vrm");
    modelShown(url, "vrm", modelInfo(vrm));
    return true;
  } catch (error) {
    if (serial === loadSerial) {
      model = { ...shownModel(url), error: error.message, loading: false };
      lastError = error.message;
      const what = label || url;
      if (quiet) console.info(`neiri avatar: no model at ${what}: ${error.message}`);
      else if (!vrm && !live2d) page.message("No avatar to show", `${what}: ${error.message}`);
      else page.flash(`Could not load ${what}: ${error.message}`); // the old one stays
    }
    throw error;
  } finally {
    clearTimeout(slow);
    page.progress(null);
  }
}

/** A model was put on the stage: its state, its expressions for the emotions. */
function modelShown(url, kind, info) {
  model = { url, kind, info, error: "", loading: false };
  emotions.setModelExpressions(info.expressions);
  pinned.clear();
  page.hideMessage();
}

/** The model state while another one loads or after one failed: what is still shown. */
function shownModel(url) {
  if (live2d) return { url: live2d.source, kind: "live2d", info: live2d.info };
  if (vrm) return { url, kind: "vrm", info: modelInfo(vrm) };
  return { url, kind: "", info: null };
}

function disposeLive2D() {
  if (live2d) live2d.dispose();
  live2d = null;
}

/**
 * Show a Live2D model3.json with the user's Cubism Core (`core`: its URL; none means
 * Live2D is off and nothing Live2D-related is fetched). On failure the page says why
 * and what was shown stays.
 */
async function loadLive2D(url, { label = "", core = "" } = {}) {
  if (!stage) throw new Error("WebGL is not available");
  const serial = ++loadSerial;
  const what = label || decodeURIComponent(String(url).split("?")[0].split("/").pop());
  model = { url, kind: "live2d", info: null, error: "", loading: true };
  const slow = setTimeout(() => serial === loadSerial && page.message("Loading the avatar…", what), 700);
  try {
    if (!core) {
      throw new Error(
        "Live2D is off: choose your own Live2D Cubism Core (live2dcubismcore.min.js from the Cubism SDK for Web) in the avatar settings.",
      );
    }
    if (!live2dView) {
      live2dView = new Live2DRenderer(document.getElementById("stage"), { background: options.bg });
      live2dView.visible = false;
    }
    live2dView.setFraming(options.framing);
    const loaded = await Live2DAvatar.load(url, {
      core,
      onProgress: (fraction) => serial === loadSerial && page.progress(fraction),
    });
    if (serial !== loadSerial) {
      loaded.dispose(); // a newer load won
      return false;
    }
    disposeLive2D();
    disposeVRM(vrm);
    vrm = null;
    rig = null;
    live2d = loaded;
    live2d.attach(live2dView);
    showing("live2d");
    modelShown(url, "live2d", live2d.info);
    return true;
  } catch (error) {
    if (serial === loadSerial) {
      model = { ...shownModel(url), error: error.message, loading: false };
      lastError = `Live2D: ${error.message}`;
      console.error(`neiri avatar: cannot show the Live2D model ${what}: ${error.message}`);
      if (vrm || live2d) page.flash(`Could not show the Live2D model ${what}: ${error.message}`, 15000);
      else page.message("Could not show the Live2D model", `${what}: ${error.message}`, "error");
    }
    throw error;
  } finally {
    clearTimeout(slow);
    page.progress(null);
  }
}

/** The project's VRM from the first place that has one; false when there is none. */
async function loadDefaultVrm() {
  for (const url of DEFAULT_MODELS) {
    try {
      await loadVrm(url, { quiet: true });
      return true;
    } catch (error) {
      // not there: try the next place
    }
  }
  return false;
}

/** What the server shows now (null: an older server, or a page not served by Neiri). */
async function avatarInfo() {
  try {
    const response = await fetch(AVATAR_INFO_URL, { cache: "no-store" });
    if (!response.ok) return null;
    const info = await response.json();
    return info && typeof info === "object" ? info : null;
  } catch (error) {
    return null;
  }
}

/** Show what the server says ({kind, url, name, emotions, core}); a Live2D model that
 * cannot be shown leaves the VRM (the old one, else the default) with the reason. */
async function showAvatar(info) {
  if (info.emotions && typeof info.emotions === "object") {
    serverMap = info.emotions;
    applyEmotionMaps();
  }
  const label = String(info.name || "");
  if (info.kind === "live2d" && info.url) {
    try {
      // (messages name the model file: more use than the character's name here)
      await loadLive2D(String(info.url), { core: info.core ? String(info.core) : "" });
      return;
    } catch (error) {
      if (vrm || live2d) return;
    }
    const reason = model.error;
    if (await loadDefaultVrm()) page.flash(`Showing the VRM avatar: the Live2D model cannot be shown. ${reason}`, 20000);
    else page.message("Could not show the Live2D model", reason, "error");
    lastError = `Live2D: ${reason}`;
    return;
  }
  if (info.url) {
    await loadVrm(String(info.url), { label }).catch(() => {});
    return;
  }
  await noModelYet();
}

async function noModelYet() {
  if (await loadDefaultVrm()) return;
  model.error = "no model";
  page.message(
    "No avatar model yet",
    "Choose a VRM file in the settings, or drop a .vrm file here.",
  );
}

async function loadInitialModel() {
  if (!stage) return;
  if (options.model) {
    await loadModel(options.model, { core: options.core }).catch(() => {});
    return;
  }
  const info = await avatarInfo();
  if (info) await showAvatar(info);
  else await noModelYet();
}

// --- each animation frame -------------------------------------------------------------
let lastFrameTime = 0;

function emotionBlocksBlink() {
  const name = emotions.expression;
  const expression = name && vrm && vrm.expressionManager && vrm.expressionManager.getExpression(name);
  return !!expression && expression.overrideBlink !== "none" && (emotions.current.get(name) || 0) > 0.3;
}

function applyExpressions(now, dt) {
  const manager = vrm.expressionManager;
  emotions.update(dt);
  const visemes = lipsync.update(dt, now);
  const blink = idle ? blinker.update(now, !emotionBlocksBlink()) : blinker.reset();
  if (!manager) return;
  const values = new Map(emotions.current);
  for (const name of VISEME_NAMES) values.set(name, (values.get(name) || 0) + visemes[name]);
  values.set("blink", Math.max(values.get("blink") || 0, blink));
  for (const [name, weight] of pinned) values.set(name, weight);
  for (const [name, weight] of values) {
    if (manager.getExpression(name)) manager.setValue(name, Math.min(1, weight));
  }
}

/** One frame of the Live2D model: the same signals as the VRM's, as its parameters. */
function animateLive2D(now, dt) {
  emotions.update(dt);
  lipsync.update(dt, now);
  const blink = idle ? blinker.update(now, true) : blinker.reset();
  live2d.update(now, {
    idle,
    mouth: lipsync.value,
    blink,
    expressions: live2dWeights(),
  });
  live2d.render();
}

/** Expression -> weight for the Live2D model: the emotion's fade, pinned ones over it. */
function live2dWeights() {
  const weights = new Map(emotions.current);
  for (const [name, weight] of pinned) weights.set(name, weight);
  return weights;
}

function animate(now) {
  requestAnimationFrame(animate);
  if (!stage) return;
  // a hidden tab pauses frames: cap the step so springs and fades do not jump
  const dt = lastFrameTime ? Math.min(Math.max(now - lastFrameTime, 0), 100) / 1000 : 1 / 60;
  lastFrameTime = now;
  countFrame(now);
  if (live2d) {
    try {
      animateLive2D(now, dt);
    } catch (error) {
      console.error("neiri avatar: the Live2D model failed:", error);
      lastError = `Live2D: ${error.message}`;
      page.message("The Live2D model stopped", error.message, "error");
      disposeLive2D();
      showing("vrm");
    }
    lipsync.rendered(performance.now());
    return;
  }
  if (vrm) {
    const t = idle ? now / 1000 : 0;
    if (idle) gaze.update(dt, now, stage.camera, stage.eyeHeight);
    rig.begin();
    idlePose(rig, t, idle ? gaze : null);
    motions.apply(rig, now);
    rig.commit();
    applyExpressions(now, dt);
    vrm.update(dt);
  } else {
    lipsync.update(dt, now);
  }
  stage.render();
  lipsync.rendered(performance.now());
}

function countFrame(now) {
  fps.frames += 1;
  fps.count += 1;
  if (!fps.windowStart) fps.windowStart = now;
  const span = now - fps.windowStart;
  if (span >= 1000) {
    fps.value = (fps.count * 1000) / span;
    fps.count = 0;
    fps.windowStart = now;
  }
}

// --- the event stream -----------------------------------------------------------------
let captionTurn = null;
let connectedBefore = false;

/** After a reconnect: the app may have changed the model while this page was away. */
async function refreshAvatar() {
  const info = await avatarInfo();
  if (!info) return;
  if (info.url && info.url !== model.url) showAvatar(info).catch(() => {});
  else if (info.emotions && typeof info.emotions === "object") {
    serverMap = info.emotions;
    applyEmotionMaps();
  }
}

function setState(state) {
  status.state = state;
}

function showEmotion(tag) {
  if (!tag || tag === emotions.tag) return;
  const resolved = emotions.set(tag);
  if (!resolved) return; // unknown: logged, never shown
  status.emotion = emotions.tag;
  if (resolved.motion) playMotion(resolved.motion);
}

/** Show the current emotion again, through an emotion map that changed. */
function reshowEmotion() {
  if (!emotions.tag) return;
  const tag = emotions.tag;
  emotions.tag = "";
  showEmotion(tag);
}

/** A gesture or, on Live2D, a motion3.json by group or file name. Unknown: logged. */
function playMotion(name) {
  if (!live2d) return motions.play(name, performance.now());
  if (live2d.playMotion(name, performance.now())) return true;
  console.warn(`neiri avatar: unknown motion "${String(name).slice(0, 64)}" ignored`);
  return false;
}

function closeMouth(turnId) {
  lipsync.speaking(false, turnId, performance.now());
  status.mouth = 0;
}

const handlers = {
  hello(m) {
    status.connected = true;
    status.role = m.role;
    setState("listening");
    if (connectedBefore && !options.model && !model.loading) refreshAvatar();
    connectedBefore = true;
  },
  error(m) {
    console.warn("neiri server:", m.code, m.message);
  },
  "vad.speech_start"() {
    setState("listening");
  },
  "turn.user_text"() {
    setState("thinking");
  },
  "turn.reply_text"(m) {
    if (m.turn_id !== captionTurn) {
      captionTurn = m.turn_id;
      status.caption = "";
    }
    const text = status.caption ? status.caption + " " + m.text : String(m.text || "");
    status.caption = text.length > 300 ? "…" + text.slice(-299) : text;
  },
  "avatar.emotion"(m) {
    showEmotion(m.emotion);
  },
  "avatar.motion"(m) {
    playMotion(m.motion);
  },
  async "avatar.model"(m) {
    // another model (a character switch, new settings): her body follows, unless this
    // page was told which to show. Fields added later (kind, emotions, core) may be
    // missing from an older server: then the URL tells the kind.
    if (options.model) return;
    let info = { ...m, kind: m.kind || modelKind(m.url) };
    if (!info.emotions || typeof info.emotions !== "object") info = { ...((await avatarInfo()) || {}), ...info };
    const same = info.url && info.url === model.url && info.kind === model.kind && !model.error;
    if (same) {
      serverMap = info.emotions || {};
      applyEmotionMaps(); // the same file: only the emotion map changed
      reshowEmotion();
      return;
    }
    if (info.url) showAvatar(info).catch(() => {});
  },
  "avatar.frame"(m) {
    if (lipsync.frame(m.mouth, m.turn_id, performance.now(), m.visemes)) status.mouth = lipsync.target;
    if (m.emotion) showEmotion(m.emotion);
  },
  "playback.speaking"(m) {
    setState(m.speaking ? "speaking" : "listening");
    if (m.speaking) lipsync.speaking(true, m.turn_id, performance.now());
    else closeMouth(m.turn_id);
  },
  "turn.interrupted"(m) {
    setState("listening");
    closeMouth(m.turn_id);
  },
  "turn.finished"(m) {
    setState("listening");
    closeMouth(m.turn_id);
  },
  "turn.failed"(m) {
    setState("listening");
    closeMouth(m.turn_id);
  },
};

const stream = new EventStream(
  streamUrl(window.location, options.token),
  Object.keys(handlers).filter((type) => type.includes(".")),
  {
    onMessage(message) {
      status.events += 1;
      status.lastType = message.type;
      const handle = handlers[message.type];
      if (handle) handle(message);
    },
    onClose(event) {
      status.connected = false;
      status.reconnects = stream.reconnects + 1;
      setState("offline");
      closeMouth(undefined);
      if (event.code === 1008) console.warn("neiri avatar: the server refused this page:", event.reason);
    },
  },
);

// --- drag and drop: a .vrm file onto the page shows it --------------------------------
page.onDropFile(async (file) => {
  if (/\.model3\.json$/i.test(file.name)) {
    page.flash("A Live2D model needs its whole folder: choose its .model3.json in the avatar settings.");
    return;
  }
  if (!/\.(vrm|glb)$/i.test(file.name)) {
    page.flash(`${file.name} is not a .vrm file.`);
    return;
  }
  const url = URL.createObjectURL(file);
  try {
    await loadModel(url, { label: file.name });
  } catch (error) {
    // shown on the page by loadModel
  } finally {
    URL.revokeObjectURL(url);
  }
});

// --- the script API (tests, the app, OBS scripts) -------------------------------------
function expressionWeights() {
  const out = {};
  if (live2d) {
    for (const name of live2d.info.expressions) out[name] = 0;
    for (const [name, weight] of live2dWeights()) if (name in out) out[name] = round(weight);
    return out;
  }
  const manager = vrm && vrm.expressionManager;
  if (!manager) return out;
  for (const e of manager.expressions) out[e.expressionName] = round(e.weight);
  return out;
}

/** Weights as rendered: isBinary and the override rules of the VRM spec applied. */
function appliedWeights() {
  if (live2d) return expressionWeights();
  const out = {};
  const manager = vrm && vrm.expressionManager;
  if (!manager) return out;
  let blink = 1;
  let lookAt = 1;
  let mouth = 1;
  for (const e of manager.expressions) {
    blink -= e.overrideBlinkAmount;
    lookAt -= e.overrideLookAtAmount;
    mouth -= e.overrideMouthAmount;
  }
  for (const e of manager.expressions) {
    const name = e.expressionName;
    let w = e.outputWeight;
    if (manager.blinkExpressionNames.includes(name)) w *= Math.max(0, blink);
    if (manager.lookAtExpressionNames.includes(name)) w *= Math.max(0, lookAt);
    if (manager.mouthExpressionNames.includes(name)) w *= Math.max(0, mouth);
    if (e.isBinary && w < 1) w = 0;
    out[name] = round(w);
  }
  return out;
}

function round(v) {
  return Math.round(v * 1000) / 1000;
}

function epoch(ms) {
  return ms ? EPOCH + ms : 0;
}

function state() {
  const rise = lipsync.rise;
  const fall = lipsync.fall;
  return {
    now: epoch(performance.now()),
    loaded: !!vrm || !!live2d,
    kind: live2d ? "live2d" : vrm ? "vrm" : "",
    loading: model.loading,
    url: model.url,
    error: model.error,
    lastError,
    model: model.info,
    webgl: !!stage,
    connected: status.connected,
    framing: stage ? stage.framing : options.framing,
    idle,
    emotion: emotions.tag,
    expression: emotions.expression,
    expressions: expressionWeights(),
    applied: appliedWeights(),
    mouth: round(lipsync.value),
    mouthTarget: lipsync.goal(performance.now()),
    motions: live2d ? live2d.activeMotions() : motions.names(),
    live2d: live2d ? { parameters: live2d.parameterValues(), drawn: live2dView.drawn } : null,
    blinks: blinker.count,
    fps: Math.round(fps.value * 10) / 10,
    frames: fps.frames,
    lipsync: {
      receivedAt: epoch(lipsync.receivedAt),
      riseFrom: epoch(rise.from),
      crossedAt: epoch(rise.crossedAt),
      lagMs: rise.lag,
      closingFrom: epoch(fall.from),
      closedAt: epoch(fall.closedAt),
    },
    visemes: { ...lipsync.visemes },
  };
}

const ready = loadInitialModel().then(() => state());

window.neiriAvatar = {
  ready,
  /** Load a VRM (URL, blob: URL) or a Live2D .model3.json (with `core`, the Cubism Core's
   * URL; default the server's); resolves true when shown, rejects with the reason. */
  loadModel: (url, core = options.core) => loadModel(String(url), { core: String(core || "") }),
  /** Show an emotion tag through the emotion map; false when unknown (logged). */
  setEmotion(name) {
    showEmotion(name);
    return !!emotions.resolve(name);
  },
  setEmotionMap(map) {
    checkEmotionMap(map); // throws on a bad map
    emotions.setMap({ ...serverMap, ...(map || {}) });
    pageMap = map || {};
    reshowEmotion();
  },
  /** Hold the mouth open at v (0..1); null gives it back to the event stream. */
  setMouth: (v) => lipsync.setManual(v),
  playMotion: (name) => playMotion(name),
  /** Pin an expression to a weight over every layer; null releases it. */
  setExpression(name, weight) {
    if (weight == null) pinned.delete(String(name));
    else pinned.set(String(name), Math.max(0, Math.min(1, Number(weight) || 0)));
  },
  /** Breathing, blinking and gaze on (true) or frozen (false). */
  setIdle(on) {
    idle = !!on;
  },
  setFraming(framing) {
    if (!FRAMINGS.includes(framing)) throw new Error(`framing is one of ${FRAMINGS.join(", ")}`);
    options.framing = framing;
    if (stage && vrm) stage.frame(vrm, framing);
    if (live2dView) live2dView.setFraming(framing);
  },
  /** Live2D: hold a parameter (e.g. "ParamAngleX") at a value; null releases it. */
  setParameter(id, value) {
    if (live2d) live2d.setParameter(id, value);
    return !!live2d;
  },
  motions: MOTION_NAMES,
  state,
  bones: () => (rig ? rig.positions() : {}),
  /** The three-vrm VRM object shown now (advanced scripts, debugging), or null. */
  vrm: () => vrm,
  /** The Live2D model shown now (its Core model is .model), or null. */
  live2d: () => live2d,
  /** The Live2D file readers (model3, motion3 curves, exp3 blending), for tests. */
  live2dFormats,
  snapshot: () => (live2d && live2dView ? live2dView.snapshot() : stage ? stage.snapshot() : ""),
};

page.started();
requestAnimationFrame(animate);
stream.connect();
