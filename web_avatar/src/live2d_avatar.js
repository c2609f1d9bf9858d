// SPDX-License-Identifier: GPL-3.0-or-later
// A Live2D model on the avatar page: loading (model3.json, .moc3 through the user's
// Cubism Core, textures, expressions, motions, pose) and driving its parameters each
// frame from the same signals the VRM gets: lip-sync, blinks, breathing and a gentle idle
// drift of the head, expressions (exp3.json, chosen through the emotion map), motions
// (motion3.json) and the page's gestures. Physics (physics3.json) is not simulated.

import { loadCubismCore, coreVersion } from "./live2d_core.js";
import {
  applyExpression,
  evaluateCurve,
  fadeWeight,
  parseExpression3,
  parseModel3,
  parseMotion3,
  parsePose3,
  stemName,
} from "./live2d_formats.js";
import { Motions } from "./motions.js";

const TAU = Math.PI * 2;
const BREATH_S = 3.8;

/** The page's gestures on a Live2D model that has no motion of that name: head and body
 * angles (degrees, as ParamAngle* count them), played by motions.js's Motions with the
 * Live2D fade (fadeWeight). */
const GESTURES = {
  nod: { duration: 1.0, fadeIn: 0.12, fadeOut: 0.25, apply: (add, t, w) => add("ParamAngleY", -14 * Math.abs(Math.sin((TAU * t) / 1.0)) * w) },
  shake: { duration: 1.2, fadeIn: 0.15, fadeOut: 0.3, apply: (add, t, w) => add("ParamAngleX", 18 * Math.sin((TAU * 2.5 * t) / 1.2) * w) },
  bounce: {
    duration: 0.9,
    fadeIn: 0.08,
    fadeOut: 0.2,
    apply(add, t, w) {
      const hop = Math.abs(Math.sin((TAU * t) / 0.9)) * w;
      add("ParamBodyAngleY", 6 * hop);
      add("ParamAngleY", 8 * hop);
    },
  },
  wave: {
    duration: 2.4,
    fadeIn: 0.35,
    fadeOut: 0.45,
    apply(add, t, w) {
      const sway = Math.sin(TAU * 1.1 * t) * w;
      add("ParamAngleZ", 10 * sway);
      add("ParamBodyAngleZ", 4 * sway);
      add("ParamAngleX", 6 * w);
    },
  },
};

export const LIVE2D_GESTURES = Object.freeze(Object.keys(GESTURES));

async function fetchOk(url, what) {
  let response;
  try {
    response = await fetch(url, { cache: "no-cache" });
  } catch (error) {
    throw new Error(`${what} could not be fetched (${error.message}).`);
  }
  if (!response.ok) {
    throw new Error(`${what} was not found (HTTP ${response.status}).`);
  }
  return response;
}

async function fetchJson(url, what) {
  const response = await fetchOk(url, what);
  try {
    return await response.json();
  } catch (error) {
    throw new Error(`${what} is not valid JSON.`);
  }
}

async function fetchTexture(url) {
  const what = `The texture ${decodeURIComponent(new URL(url).pathname.split("/").pop())}`;
  const blob = await (await fetchOk(url, what)).blob();
  try {
    return await createImageBitmap(blob, { premultiplyAlpha: "premultiply", colorSpaceConversion: "none" });
  } catch (error) {
    throw new Error(`${what} is not an image the browser can read.`);
  }
}

/** Motions of a model, played one at a time with crossfades; the idle group loops. */
class MotionPlayer {
  constructor(entries) {
    this.entries = entries; // [{group, index, name, motion}] (parsed)
    this.active = []; // [{entry, start, end}] (ms; end Infinity while playing on)
    this.idleGroup = entries.find((e) => e.group.toLowerCase() === "idle")?.group || null;
  }

  find(name) {
    const key = String(name || "").trim().toLowerCase();
    if (!key) return [];
    const [groupName, indexText] = key.split(":");
    const inGroup = this.entries.filter((e) => e.group.toLowerCase() === groupName);
    if (inGroup.length) {
      const index = indexText === undefined ? NaN : Number(indexText);
      return Number.isInteger(index) ? inGroup.filter((e) => e.index === index) : inGroup;
    }
    return this.entries.filter((e) => e.name.toLowerCase() === key);
  }

  /** Start a motion by group name ("TapBody", "TapBody:1") or file name ("wave"). */
  play(name, now) {
    const found = this.find(name);
    if (!found.length) return false;
    const entry = found[Math.floor(Math.random() * found.length)];
    this.start(entry, now);
    return true;
  }

  start(entry, now) {
    // what plays now fades out from here while the new motion fades in
    for (const playing of this.active) playing.end = Math.min(playing.end, now + 1000 * playing.entry.motion.fadeOut);
    const motion = entry.motion;
    const end = motion.loop ? Infinity : now + 1000 * motion.duration;
    this.active.push({ entry, start: now, end, idle: entry.group === this.idleGroup });
  }

  names() {
    return this.active.filter((a) => !a.idle).map((a) => `${a.entry.group}:${a.entry.index}`);
  }

  stop() {
    this.active = [];
  }

  /** Blend every playing motion over `values` / `parts` (in place). */
  apply(now, idle, values, indexOf, parts, partIndexOf) {
    this.active = this.active.filter((a) => now < a.end);
    if (idle && this.idleGroup && !this.active.some((a) => now < a.end - 1000 * a.entry.motion.fadeOut || !Number.isFinite(a.end))) {
      const idles = this.entries.filter((e) => e.group === this.idleGroup);
      this.start(idles[Math.floor(Math.random() * idles.length)], now);
    }
    if (!idle) this.active = this.active.filter((a) => !a.idle);
    for (const playing of this.active) {
      const motion = playing.entry.motion;
      const elapsed = (now - playing.start) / 1000;
      const time = motion.loop && motion.duration > 0 ? elapsed % motion.duration : elapsed;
      const end = Number.isFinite(playing.end) ? (playing.end - playing.start) / 1000 : Infinity;
      const weight = fadeWeight(elapsed, end, motion.fadeIn, motion.fadeOut);
      for (const curve of motion.curves) {
        if (curve.target === "Parameter") {
          const i = indexOf(curve.id);
          if (i < 0) continue;
          const w = curve.fadeIn == null && curve.fadeOut == null
            ? weight
            : fadeWeight(elapsed, end, curve.fadeIn ?? motion.fadeIn, curve.fadeOut ?? motion.fadeOut);
          values[i] += (evaluateCurve(curve, time) - values[i]) * w;
        } else if (curve.target === "PartOpacity") {
          const i = partIndexOf(curve.id);
          if (i >= 0 && weight > 0) parts[i] = evaluateCurve(curve, time);
        }
        // "Model" curves (EyeBlink, LipSync scales) are not used
      }
    }
  }
}

export class Live2DAvatar {
  /**
   * Load a model3.json and everything it needs; rejects with a sentence for the user.
   * Then attach() it to a renderer to show it.
   * @param {string} url the model3.json
   * @param {{core: string, onProgress?: Function}} options core: the Cubism Core's URL
   */
  static async load(url, { core, onProgress = () => {} }) {
    const modelUrl = new URL(url, window.location.href).href;
    const name = decodeURIComponent(new URL(modelUrl).pathname.split("/").pop() || "model3.json");
    const Core = await loadCubismCore(core);
    const files = parseModel3(await fetchJson(modelUrl, `The Live2D model ${name}`), modelUrl);
    onProgress(0.1);
    const mocBytes = await (await fetchOk(files.moc, `The model's .moc3 file`)).arrayBuffer();
    onProgress(0.3);
    if (typeof Core.Moc.hasMocConsistency === "function" && !Core.Moc.hasMocConsistency(mocBytes)) {
      throw new Error("The .moc3 file failed the Cubism Core's consistency check (damaged?).");
    }
    const moc = Core.Moc.fromArrayBuffer(mocBytes);
    if (!moc) {
      throw new Error(
        "The Cubism Core could not read the .moc3 file (damaged, or made for a newer Cubism than this Core).",
      );
    }
    const model = Core.Model.fromMoc(moc);
    if (!model) {
      if (moc._release) moc._release();
      throw new Error("The Cubism Core could not make a model from the .moc3 file.");
    }
    let images;
    try {
      let done = 0;
      images = await Promise.all(
        files.textures.map((t) =>
          fetchTexture(t).then((image) => {
            done += 1;
            onProgress(0.3 + (0.6 * done) / files.textures.length);
            return image;
          }),
        ),
      );
    } catch (error) {
      model.release();
      if (moc._release) moc._release();
      throw error;
    }
    // the optional parts: a broken one is reported in the console and left out
    const optional = async (what, url, parse) => {
      try {
        return parse(await fetchJson(url, what));
      } catch (error) {
        console.warn(`neiri avatar: Live2D ${what}: ${error.message}`);
        return null;
      }
    };
    const [expressions, motions, pose] = await Promise.all([
      Promise.all(files.expressions.map(async (e) => ({ name: e.name, expression: await optional(`expression ${e.name}`, e.url, parseExpression3) }))),
      Promise.all(
        files.motions.map(async (m) => ({
          ...m,
          motion: await optional(`motion ${m.group}:${m.index}`, m.url, (json) => parseMotion3(json, m)),
        })),
      ),
      files.pose ? optional("pose", files.pose, parsePose3) : null,
    ]);
    const avatar = new Live2DAvatar({
      Core,
      moc,
      model,
      name,
      url,
      href: modelUrl,
      groups: files.groups,
      expressions: expressions.filter((e) => e.expression),
      motions: motions.filter((m) => m.motion),
      pose: pose || [],
      physics: !!files.physics,
    });
    avatar.images = images;
    onProgress(1);
    return avatar;
  }

  constructor({ Core, moc, model, name, url, href, groups, expressions, motions, pose, physics }) {
    this.Core = Core;
    this.moc = moc;
    this.model = model;
    this.name = name;
    this.source = url; // as asked for
    this.url = href; // absolute
    this.renderer = null;
    this.images = [];
    const p = model.parameters;
    this.parameterIndex = new Map(p.ids.map((id, i) => [id, i]));
    this.partIndex = new Map(model.parts.ids.map((id, i) => [id, i]));
    this.indexOf = (id) => (this.parameterIndex.has(id) ? this.parameterIndex.get(id) : -1);
    this.partIndexOf = (id) => (this.partIndex.has(id) ? this.partIndex.get(id) : -1);
    this.defaults = Float32Array.from(p.defaultValues);
    this.partDefaults = Float32Array.from(model.parts.opacities);
    this.expressions = new Map(expressions.map((e) => [e.name, e.expression]));
    this.motions = new MotionPlayer(motions);
    this.gestures = new Motions(GESTURES, (t, g) => fadeWeight(t, g.duration, g.fadeIn, g.fadeOut));
    this.pose = pose;
    this.poseChoice = pose.map(() => 0);
    this.hasPhysics = physics;
    this.pinned = new Map(); // parameter id -> value (setParameter)
    // the model's EyeBlink / LipSync groups, else the standard parameters it has
    const present = (group, standard) => {
      const ids = (group || []).filter((id) => this.parameterIndex.has(id));
      return ids.length ? ids : standard.filter((id) => this.parameterIndex.has(id));
    };
    this.eyeIds = present(groups.EyeBlink, ["ParamEyeLOpen", "ParamEyeROpen"]);
    this.mouthIds = present(groups.LipSync, ["ParamMouthOpenY"]);
    // adds to a parameter this frame (idle drift, gestures); unknown ids are skipped
    this.add = (id, delta) => {
      const i = this.indexOf(id);
      if (i >= 0) this.model.parameters.values[i] += delta;
    };
    this.phase = Math.random() * 100;
  }

  get info() {
    return {
      kind: "live2d",
      version: coreVersion(this.Core),
      name: this.name,
      expressions: [...this.expressions.keys()],
      motions: this.motions.entries.map((e) => `${e.group}:${e.index}`),
      motionGroups: [...new Set(this.motions.entries.map((e) => e.group))],
      parameters: this.model.parameters.count,
      parts: this.model.parts.count,
      drawables: this.model.drawables.count,
      eyeBlink: this.eyeIds,
      lipSync: this.mouthIds,
      physics: false, // physics3.json is not simulated
      physicsFile: this.hasPhysics,
    };
  }

  /** A motion3.json by group or file name, else one of the page's gestures. */
  playMotion(name, now) {
    if (this.motions.play(name, now)) return true;
    return this.gestures.has(name) && this.gestures.play(name, now);
  }

  activeMotions() {
    return [...this.motions.names(), ...this.gestures.names()];
  }

  /** Hold a parameter at a value over everything (null releases it). */
  setParameter(id, value) {
    if (value == null) this.pinned.delete(String(id));
    else this.pinned.set(String(id), Number(value) || 0);
  }

  parameterValues() {
    const p = this.model.parameters;
    const out = {};
    for (let i = 0; i < p.count; i += 1) out[p.ids[i]] = Math.round(p.values[i] * 1000) / 1000;
    return out;
  }

  /**
   * Set the parameters for this frame and let the Core update the drawables.
   * @param {{idle: boolean, mouth: number, blink: number, expressions: Map<string, number>}} drive
   */
  update(now, drive) {
    const p = this.model.parameters;
    const values = p.values;
    values.set(this.defaults);
    const parts = this.model.parts.opacities;
    parts.set(this.partDefaults);
    const indexOf = this.indexOf;

    this.motions.apply(now, drive.idle, values, indexOf, parts, this.partIndexOf);

    const add = this.add;
    if (drive.idle) {
      const t = now / 1000 + this.phase;
      const breath = 0.5 + 0.5 * Math.sin((TAU * t) / BREATH_S);
      add("ParamBreath", breath);
      add("ParamAngleX", 5 * Math.sin(t * 0.41) + 2 * Math.sin(t * 0.97 + 1.1));
      add("ParamAngleY", 3 * Math.sin(t * 0.33 + 0.7));
      add("ParamAngleZ", 3 * Math.sin(t * 0.27 + 2.1));
      add("ParamBodyAngleX", 2.5 * Math.sin(t * 0.23 + 0.4));
      add("ParamEyeBallX", 0.3 * Math.sin(t * 0.5 + 0.3));
      add("ParamEyeBallY", 0.15 * Math.sin(t * 0.37 + 1.7));
    }
    this.gestures.apply(add, now);

    for (const [name, weight] of drive.expressions) {
      const expression = this.expressions.get(name);
      if (expression) applyExpression(values, indexOf, expression, weight);
    }

    const blink = Math.max(0, Math.min(1, drive.blink || 0));
    for (const id of this.eyeIds) values[indexOf(id)] *= 1 - blink;
    const mouth = Math.max(0, Math.min(1, drive.mouth || 0));
    for (const id of this.mouthIds) {
      const i = indexOf(id);
      values[i] += (p.maximumValues[i] - values[i]) * mouth;
    }

    this.applyPose(parts);
    for (const [id, value] of this.pinned) {
      const i = indexOf(id);
      if (i >= 0) values[i] = value;
    }
    const repeats = p.repeats; // Cubism 5: parameters that wrap around are not clamped
    for (let i = 0; i < p.count; i += 1) {
      if (repeats && repeats[i]) continue;
      values[i] = Math.min(p.maximumValues[i], Math.max(p.minimumValues[i], values[i]));
    }
    this.model.update();
    this.model.drawables.resetDynamicFlags(); // the "did change" bits; visibility stays
  }

  /** One visible part per pose group, links following it: the first, until a motion
   * hides parts of the group; then the first part it left visible. */
  applyPose(parts) {
    const opacity = (part) => {
      const i = this.partIndexOf(part.id);
      return i >= 0 ? parts[i] : 1;
    };
    const show = (id, value) => {
      const i = this.partIndexOf(id);
      if (i >= 0) parts[i] = value;
    };
    this.pose.forEach((group, g) => {
      if (group.some((part) => opacity(part) < 0.5)) {
        const shown = group.findIndex((part) => opacity(part) >= 0.5);
        if (shown >= 0) this.poseChoice[g] = shown;
      }
      const best = this.poseChoice[g];
      group.forEach((part, k) => {
        const value = k === best ? 1 : 0;
        show(part.id, value);
        for (const id of part.links) show(id, value);
      });
    });
  }

  /** Hand the model and its textures to the renderer that shows it. */
  attach(renderer) {
    renderer.setModel(this.model, this.images);
    this.closeImages();
    this.renderer = renderer;
  }

  closeImages() {
    for (const image of this.images) if (image.close) image.close();
    this.images = [];
  }

  render() {
    if (this.renderer) this.renderer.render();
  }

  dispose() {
    this.closeImages();
    if (this.renderer && this.renderer.model === this.model) this.renderer.releaseModel();
    this.renderer = null;
    try {
      this.model.release();
      if (this.moc._release) this.moc._release();
    } catch (error) {
      console.warn("neiri avatar: releasing the Live2D model:", error);
    }
  }
}

export { stemName };
