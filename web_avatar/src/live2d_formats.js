// SPDX-License-Identifier: GPL-3.0-or-later
// Live2D Cubism 3+ model files, read by Neiri's own code (no Cubism SDK Framework):
//
//   .model3.json   FileReferences {Moc, Textures, Expressions, Motions, Pose, Physics},
//                  Groups [{Target: "Parameter", Name: "EyeBlink" | "LipSync", Ids}]
//   .motion3.json  Meta {Duration, Loop, AreBeziersRestricted, FadeInTime, FadeOutTime},
//                  Curves [{Target: "Parameter" | "PartOpacity" | "Model", Id, Segments,
//                  FadeInTime?, FadeOutTime?}]; Segments is flat: the first point (time,
//                  value), then per segment its type and points: 0 linear (1 point),
//                  1 bezier (3: two control points and the end), 2 stepped (1),
//                  3 inverse stepped (1)
//   .exp3.json     {FadeInTime, FadeOutTime, Parameters [{Id, Value, Blend: "Add" |
//                  "Multiply" | "Overwrite"}]}
//   .pose3.json    {Groups [[{Id, Link: [part ids]}, ...]]}: one visible part per group
//
// Everything here is pure (no DOM, no WebGL), so the page can expose it for tests.

export const SEGMENT_LINEAR = 0;
export const SEGMENT_BEZIER = 1;
export const SEGMENT_STEPPED = 2;
export const SEGMENT_INVERSE_STEPPED = 3;
export const DEFAULT_FADE_S = 0.5;

/** 0..1 -> 0..1 with a gentle start and end (a half cosine), as fades use. */
export function easeSine(x) {
  if (!(x > 0)) return 0;
  if (x >= 1) return 1;
  return 0.5 - 0.5 * Math.cos(Math.PI * x);
}

function finite(value, fallback) {
  const n = Number(value);
  return Number.isFinite(n) ? n : fallback;
}

/** A file name from a path or URL: "motions/Tap.motion3.json" -> "Tap.motion3.json". */
export function baseName(path) {
  return String(path || "").split(/[\\/]/).pop();
}

/** "motions/Tap_01.motion3.json" -> "Tap_01"; "f01.exp3.json" -> "f01". */
export function stemName(path) {
  return baseName(path).replace(/\.(motion3|exp3|pose3|physics3|model3)\.json$/i, "").replace(/\.json$/i, "");
}

/** Resolve a file reference of a model3.json against the model's URL, each path part
 * percent-encoded (names with spaces or # are common in model folders). */
export function resolveReference(reference, modelUrl) {
  const encoded = String(reference).split("/").map((part) => encodeURIComponent(part)).join("/");
  return new URL(encoded, modelUrl).href;
}

// --- model3.json ------------------------------------------------------------------------

/**
 * Read a model3.json. Returns {moc, textures, expressions: [{name, url}], motions:
 * [{group, name, url, fadeIn, fadeOut}], pose, physics, groups: {EyeBlink: [...ids],
 * LipSync: [...ids]}} with URLs resolved against `modelUrl`. Throws on what no model can
 * do without (no moc, no textures).
 */
export function parseModel3(json, modelUrl) {
  const refs = json && typeof json === "object" ? json.FileReferences : null;
  if (!refs || typeof refs.Moc !== "string" || !refs.Moc) {
    throw new Error("This is not a Live2D model3.json: FileReferences.Moc is missing.");
  }
  const textures = Array.isArray(refs.Textures) ? refs.Textures.filter((t) => typeof t === "string") : [];
  if (!textures.length) throw new Error("The model3.json lists no textures.");
  const resolve = (file) => resolveReference(file, modelUrl);
  const expressions = [];
  for (const entry of Array.isArray(refs.Expressions) ? refs.Expressions : []) {
    if (!entry || typeof entry.File !== "string") continue;
    const name = typeof entry.Name === "string" && entry.Name ? entry.Name : stemName(entry.File);
    expressions.push({ name, url: resolve(entry.File) });
  }
  const motions = [];
  const groups = refs.Motions && typeof refs.Motions === "object" ? refs.Motions : {};
  for (const [group, list] of Object.entries(groups)) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      if (!entry || typeof entry.File !== "string") return;
      motions.push({
        group,
        index,
        name: stemName(entry.File),
        url: resolve(entry.File),
        fadeIn: entry.FadeInTime == null ? null : finite(entry.FadeInTime, null),
        fadeOut: entry.FadeOutTime == null ? null : finite(entry.FadeOutTime, null),
      });
    });
  }
  const parameterGroups = {};
  for (const group of Array.isArray(json.Groups) ? json.Groups : []) {
    if (!group || group.Target !== "Parameter" || typeof group.Name !== "string") continue;
    parameterGroups[group.Name] = (Array.isArray(group.Ids) ? group.Ids : []).map(String);
  }
  return {
    moc: resolve(refs.Moc),
    textures: textures.map(resolve),
    expressions,
    motions,
    pose: typeof refs.Pose === "string" && refs.Pose ? resolve(refs.Pose) : null,
    physics: typeof refs.Physics === "string" && refs.Physics ? resolve(refs.Physics) : null,
    groups: parameterGroups,
  };
}

// --- motion3.json -----------------------------------------------------------------------

function readSegments(flat, where) {
  if (!Array.isArray(flat) || flat.length < 2) throw new Error(`${where}: no points`);
  const number = (i) => {
    const n = Number(flat[i]);
    if (!Number.isFinite(n)) throw new Error(`${where}: item ${i} is not a number`);
    return n;
  };
  const first = { t: number(0), v: number(1) };
  const segments = [];
  let previous = first;
  let i = 2;
  while (i < flat.length) {
    const type = number(i);
    const count = type === SEGMENT_BEZIER ? 3 : 1;
    if (![SEGMENT_LINEAR, SEGMENT_BEZIER, SEGMENT_STEPPED, SEGMENT_INVERSE_STEPPED].includes(type)) {
      throw new Error(`${where}: unknown segment type ${type}`);
    }
    if (i + 2 * count >= flat.length) throw new Error(`${where}: the last segment is cut short`);
    const points = [previous];
    for (let k = 0; k < count; k += 1) points.push({ t: number(i + 1 + 2 * k), v: number(i + 2 + 2 * k) });
    segments.push({ type, points });
    previous = points[points.length - 1];
    i += 1 + 2 * count;
  }
  return { first, segments };
}

/**
 * Read a motion3.json into {duration, loop, fadeIn, fadeOut, curves: [{target, id,
 * fadeIn, fadeOut, first, segments, restricted}]}. `defaults` (the model3.json entry's
 * FadeInTime/FadeOutTime) win over the file's Meta; a curve's own fades win over both.
 */
export function parseMotion3(json, defaults = {}) {
  if (!json || typeof json !== "object" || !Array.isArray(json.Curves)) {
    throw new Error("This is not a motion3.json: Curves is missing.");
  }
  const meta = json.Meta && typeof json.Meta === "object" ? json.Meta : {};
  const restricted = meta.AreBeziersRestricted === true;
  const curves = json.Curves.map((curve, index) => {
    const where = `curve ${index} (${curve && curve.Id})`;
    if (!curve || typeof curve.Id !== "string") throw new Error(`${where}: no Id`);
    const { first, segments } = readSegments(curve.Segments, where);
    return {
      target: typeof curve.Target === "string" ? curve.Target : "Parameter",
      id: curve.Id,
      fadeIn: curve.FadeInTime == null ? null : Math.max(0, finite(curve.FadeInTime, 0)),
      fadeOut: curve.FadeOutTime == null ? null : Math.max(0, finite(curve.FadeOutTime, 0)),
      first,
      segments,
      restricted,
    };
  });
  let end = 0;
  for (const curve of curves) {
    const last = curve.segments.length ? curve.segments[curve.segments.length - 1].points : [curve.first];
    end = Math.max(end, last[last.length - 1].t);
  }
  const pick = (given, metaValue) => Math.max(0, finite(given, finite(metaValue, DEFAULT_FADE_S)));
  return {
    duration: Math.max(0, finite(meta.Duration, end)),
    loop: meta.Loop === true,
    fadeIn: pick(defaults.fadeIn, meta.FadeInTime),
    fadeOut: pick(defaults.fadeOut, meta.FadeOutTime),
    curves,
  };
}

function lerp(a, b, t) {
  return a + (b - a) * t;
}

function cubic(a, b, c, d, s) {
  const u = 1 - s;
  return u * u * u * a + 3 * u * u * s * b + 3 * u * s * s * c + s * s * s * d;
}

/** One segment's value at time t (t within the segment's span). */
export function evaluateSegment(segment, t, restricted = false) {
  const p = segment.points;
  switch (segment.type) {
    case SEGMENT_LINEAR: {
      const span = p[1].t - p[0].t;
      const s = span > 0 ? Math.max(0, Math.min(1, (t - p[0].t) / span)) : 1;
      return lerp(p[0].v, p[1].v, s);
    }
    case SEGMENT_BEZIER: {
      const span = p[3].t - p[0].t;
      let s = span > 0 ? Math.max(0, Math.min(1, (t - p[0].t) / span)) : 1;
      if (!restricted && span > 0) {
        // time is a cubic of s too: find the s whose time is t (monotonic: bisection)
        let lo = 0;
        let hi = 1;
        for (let k = 0; k < 40; k += 1) {
          const mid = (lo + hi) / 2;
          if (cubic(p[0].t, p[1].t, p[2].t, p[3].t, mid) < t) lo = mid;
          else hi = mid;
        }
        s = (lo + hi) / 2;
      }
      return cubic(p[0].v, p[1].v, p[2].v, p[3].v, s);
    }
    case SEGMENT_STEPPED:
      return p[0].v; // holds the start value until the segment ends
    case SEGMENT_INVERSE_STEPPED:
      return p[1].v; // jumps to the end value at once
    default:
      return p[0].v;
  }
}

/** A curve's value at time t (seconds): the first point's value before it, the last
 * point's value after the end. */
export function evaluateCurve(curve, t) {
  const segments = curve.segments;
  if (!segments.length || t <= curve.first.t) return curve.first.v;
  for (const segment of segments) {
    const end = segment.points[segment.points.length - 1];
    if (t < end.t) return evaluateSegment(segment, t, curve.restricted);
  }
  const last = segments[segments.length - 1].points;
  return last[last.length - 1].v;
}

/**
 * How much a motion (or one of its curves, with its own fades) counts at `t` seconds
 * after it started, when it ends (or began fading out) at `end` (Infinity: not ending).
 */
export function fadeWeight(t, end, fadeIn, fadeOut) {
  const rampIn = fadeIn > 0 ? easeSine(t / fadeIn) : 1;
  let rampOut = 1;
  if (Number.isFinite(end)) rampOut = fadeOut > 0 ? easeSine((end - t) / fadeOut) : t < end ? 1 : 0;
  return Math.max(0, Math.min(1, rampIn * rampOut));
}

// --- exp3.json ----------------------------------------------------------------------------

const BLENDS = { add: "Add", multiply: "Multiply", overwrite: "Overwrite" };

/** Read an exp3.json into {fadeIn, fadeOut, parameters: [{id, value, blend}]}. */
export function parseExpression3(json) {
  if (!json || typeof json !== "object" || !Array.isArray(json.Parameters)) {
    throw new Error("This is not an exp3.json: Parameters is missing.");
  }
  const parameters = [];
  for (const entry of json.Parameters) {
    if (!entry || typeof entry.Id !== "string") continue;
    const blend = BLENDS[String(entry.Blend || "Add").toLowerCase()];
    if (!blend) throw new Error(`${entry.Id}: unknown Blend "${entry.Blend}" (Add, Multiply or Overwrite)`);
    parameters.push({ id: entry.Id, value: finite(entry.Value, blend === "Multiply" ? 1 : 0), blend });
  }
  return {
    fadeIn: Math.max(0, finite(json.FadeInTime, 1)),
    fadeOut: Math.max(0, finite(json.FadeOutTime, 1)),
    parameters,
  };
}

/**
 * One expression parameter over the value below it, at weight 0..1:
 * Add: value + v·w; Multiply: value · (1 + (v − 1)·w); Overwrite: value + (v − value)·w.
 */
export function blendParameter(current, value, blend, weight) {
  const w = Math.max(0, Math.min(1, weight));
  if (blend === "Multiply") return current * (1 + (value - 1) * w);
  if (blend === "Overwrite") return current + (value - current) * w;
  return current + value * w;
}

/** Apply an expression to a parameter array in place (`indexOf`: id -> index or -1). */
export function applyExpression(values, indexOf, expression, weight) {
  if (!(weight > 0)) return;
  for (const p of expression.parameters) {
    const i = indexOf(p.id);
    if (i >= 0) values[i] = blendParameter(values[i], p.value, p.blend, weight);
  }
}

// --- pose3.json ---------------------------------------------------------------------------

/** Read a pose3.json into [[{id, links: [...ids]}, ...], ...] (groups of parts). */
export function parsePose3(json) {
  if (!json || typeof json !== "object" || !Array.isArray(json.Groups)) {
    throw new Error("This is not a pose3.json: Groups is missing.");
  }
  return json.Groups.filter(Array.isArray).map((group) =>
    group
      .filter((part) => part && typeof part.Id === "string")
      .map((part) => ({ id: part.Id, links: Array.isArray(part.Link) ? part.Link.map(String) : [] })),
  );
}
