// SPDX-License-Identifier: GPL-3.0-or-later
// The avatar page: a VRM on a transparent WebGL canvas, driven by Neiri's event stream.
// See avatar.html for the page options and window.neiriAvatar for the script API.

import { Emotions } from "./emotions.js";
import { Blinker, Gaze, idlePose } from "./idle.js";
import { LipSync } from "./lipsync.js";
import { disposeVRM, loadVRM, modelInfo, Rig } from "./model.js";
import { MOTION_NAMES, Motions } from "./motions.js";
import { DEFAULT_MODELS, FRAMINGS, readOptions } from "./options.js";
import { Stage } from "./stage.js";
import { EventStream, streamUrl } from "./stream.js";
import { Page } from "./page.js";

const VISEMES = ["aa", "ih", "oh"];
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
let model = { url: "", info: null, error: "", loading: false };
let idle = options.idle;
let loadSerial = 0;
const fps = { value: 0, frames: 0, windowStart: 0, count: 0 };

if (options.emotions) {
  try {
    emotions.setMap(options.emotions);
  } catch (error) {
    console.warn("neiri avatar: ?emotions= rejected:", error.message);
  }
}

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

async function loadModel(url, { label = "", quiet = false } = {}) {
  if (!stage) throw new Error("WebGL is not available");
  const serial = ++loadSerial;
  model = { url, info: null, error: "", loading: true };
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
    vrm = loaded;
    rig = new Rig(vrm);
    stage.scene.add(vrm.scene);
    if (vrm.lookAt) vrm.lookAt.target = gaze.target;
    stage.frame(vrm, options.framing);
    model = { url, info: modelInfo(vrm), error: "", loading: false };
    emotions.setModelExpressions(model.info.expressions);
    pinned.clear();
    page.hideMessage();
    return true;
  } catch (error) {
    if (serial === loadSerial) {
      model = { url, info: vrm ? modelInfo(vrm) : null, error: error.message, loading: false };
      const what = label || url;
      if (quiet) console.info(`neiri avatar: no model at ${what}: ${error.message}`);
      else if (!vrm) page.message("No avatar to show", `${what}: ${error.message}`);
      else page.flash(`Could not load ${what}: ${error.message}`); // the old one stays
    }
    throw error;
  } finally {
    clearTimeout(slow);
    page.progress(null);
  }
}

async function loadInitialModel() {
  if (!stage) return;
  if (options.model) {
    await loadModel(options.model).catch(() => {});
    return;
  }
  for (const url of DEFAULT_MODELS) {
    try {
      await loadModel(url, { quiet: true });
      return;
    } catch (error) {
      // not there: try the next place
    }
  }
  model.error = "no model";
  page.message(
    "No avatar model yet",
    "Choose a VRM file in the settings, or drop a .vrm file here.",
  );
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
  for (const name of VISEMES) values.set(name, (values.get(name) || 0) + visemes[name]);
  values.set("blink", Math.max(values.get("blink") || 0, blink));
  for (const [name, weight] of pinned) values.set(name, weight);
  for (const [name, weight] of values) {
    if (manager.getExpression(name)) manager.setValue(name, Math.min(1, weight));
  }
}

function animate(now) {
  requestAnimationFrame(animate);
  if (!stage) return;
  // a hidden tab pauses frames: cap the step so springs and fades do not jump
  const dt = lastFrameTime ? Math.min(Math.max(now - lastFrameTime, 0), 100) / 1000 : 1 / 60;
  lastFrameTime = now;
  countFrame(now);
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

function setState(state) {
  status.state = state;
}

function showEmotion(tag) {
  if (!tag || tag === emotions.tag) return;
  const resolved = emotions.set(tag);
  if (!resolved) return; // unknown: logged, never shown
  status.emotion = emotions.tag;
  if (resolved.motion) motions.play(resolved.motion, performance.now());
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
    motions.play(m.motion, performance.now());
  },
  "avatar.model"(m) {
    // the character switched: her body follows, unless this page was told which to show
    if (!options.model && m.url) loadModel(String(m.url), { label: String(m.name || "") }).catch(() => {});
  },
  "avatar.frame"(m) {
    if (lipsync.frame(m.mouth, m.turn_id, performance.now())) status.mouth = lipsync.target;
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
  const manager = vrm && vrm.expressionManager;
  if (!manager) return out;
  for (const e of manager.expressions) out[e.expressionName] = round(e.weight);
  return out;
}

/** Weights as rendered: isBinary and the override rules of the VRM spec applied. */
function appliedWeights() {
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
    loaded: !!vrm,
    loading: model.loading,
    url: model.url,
    error: model.error,
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
    motions: motions.names(),
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
  /** Load a VRM (URL, blob: URL); resolves true when shown, rejects with the reason. */
  loadModel: (url) => loadModel(String(url)),
  /** Show an emotion tag through the emotion map; false when unknown (logged). */
  setEmotion(name) {
    showEmotion(name);
    return !!emotions.resolve(name);
  },
  setEmotionMap(map) {
    emotions.setMap(map);
    if (emotions.tag) {
      const tag = emotions.tag;
      emotions.tag = "";
      showEmotion(tag);
    }
  },
  /** Hold the mouth open at v (0..1); null gives it back to the event stream. */
  setMouth: (v) => lipsync.setManual(v),
  playMotion: (name) => motions.play(name, performance.now()),
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
  },
  motions: MOTION_NAMES,
  state,
  bones: () => (rig ? rig.positions() : {}),
  /** The three-vrm VRM object shown now (advanced scripts, debugging), or null. */
  vrm: () => vrm,
  snapshot: () => (stage ? stage.snapshot() : ""),
};

page.started();
requestAnimationFrame(animate);
stream.connect();
