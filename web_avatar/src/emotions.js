// SPDX-License-Identifier: GPL-3.0-or-later
// Emotion tags (from the conversation: "happy", "smug", ...) -> VRM expressions.
//
// A map entry is an expression name, "motion:<name>" (play that motion, no expression;
// on Live2D a motion3.json group or file name), or {expression, weight, motion}. Lookup order for
// a tag: the user's map (?emotions=, setEmotionMap), then an expression of the model
// with the tag's own name (a custom "smug" on the project's avatar), then the defaults
// below. A known tag whose expression the model lacks relaxes the face to neutral;
// an unknown tag is logged and ignored, never shown.

export const DEFAULT_EMOTION_MAP = Object.freeze({
  neutral: "neutral",
  happy: "happy",
  angry: "angry",
  sad: "sad",
  relaxed: "relaxed",
  surprised: "surprised",
  smug: "happy",
  shy: "relaxed",
  excited: { expression: "happy", motion: "bounce" },
  confused: "surprised",
  sleepy: "relaxed",
  thinking: "neutral",
  // VRM 0.x names, in case a model's emotion map was written for them
  joy: "happy",
  fun: "relaxed",
  sorrow: "sad",
});

const FADE_S = 0.2;

export const MOTION_PREFIX = "motion:";

function normalizeEntry(value) {
  if (value == null) return null;
  if (typeof value === "string") {
    if (value.toLowerCase().startsWith(MOTION_PREFIX)) {
      const motion = value.slice(MOTION_PREFIX.length).trim();
      return motion ? { expression: null, weight: 0, motion, only: true } : null;
    }
    return { expression: value, weight: 1, motion: null };
  }
  if (typeof value === "object") {
    const weight = Number(value.weight);
    return {
      expression: typeof value.expression === "string" ? value.expression : null,
      weight: Number.isFinite(weight) ? Math.max(0, Math.min(1, weight)) : 1,
      motion: typeof value.motion === "string" ? value.motion : null,
    };
  }
  return null;
}

/** Validate a user map: {tag: "expression" | {expression, weight, motion}}. */
export function checkEmotionMap(map) {
  if (map == null) return {};
  if (typeof map !== "object" || Array.isArray(map)) throw new TypeError("the emotion map must be an object");
  const clean = {};
  for (const [tag, value] of Object.entries(map)) {
    const entry = normalizeEntry(value);
    if (value != null && entry == null) throw new TypeError(`emotion map: bad entry for "${tag}"`);
    clean[tag.toLowerCase()] = value == null ? null : entry;
  }
  return clean;
}

export class Emotions {
  constructor() {
    this.userMap = {};
    this.available = new Set(); // the model's expression names
    this.tag = ""; // the emotion tag currently shown ("" = neutral)
    this.expression = null; // the expression playing it
    this.current = new Map(); // expression -> weight now
    this.target = new Map(); // expression -> weight it fades to
  }

  setMap(map) {
    this.userMap = checkEmotionMap(map);
  }

  setModelExpressions(names) {
    this.available = new Set(names);
    this.current.clear();
    this.target.clear();
    const tag = this.tag;
    this.tag = "";
    this.expression = null;
    if (tag) this.set(tag); // keep her mood across a model change
  }

  /**
   * Resolve a tag against the maps and the model. Returns null for an unknown tag,
   * else {expression (null = neutral face), weight, motion}.
   */
  resolve(tag) {
    const key = String(tag || "").trim().toLowerCase();
    if (!key) return null;
    const candidates = [];
    if (Object.prototype.hasOwnProperty.call(this.userMap, key)) {
      const entry = this.userMap[key];
      if (entry === null) return { expression: null, weight: 0, motion: null };
      if (entry.only) return { expression: null, weight: 0, motion: entry.motion }; // motion:<name>
      candidates.push(entry);
    }
    candidates.push({ expression: key, weight: 1, motion: null });
    if (Object.prototype.hasOwnProperty.call(DEFAULT_EMOTION_MAP, key)) {
      candidates.push(normalizeEntry(DEFAULT_EMOTION_MAP[key]));
    }
    const motion = candidates.find((c) => c.motion)?.motion || null;
    for (const c of candidates) {
      if (c.expression && this.available.has(c.expression)) {
        return { expression: c.expression, weight: c.weight, motion: c.motion || motion };
      }
    }
    if (candidates.length > 1) return { expression: null, weight: 0, motion }; // known tag
    return null;
  }

  /** Show an emotion (fades over 200 ms). Returns the resolution, or null if unknown. */
  set(tag) {
    const resolved = this.resolve(tag);
    if (!resolved) {
      console.warn(`neiri avatar: unknown emotion "${String(tag).slice(0, 64)}" ignored`);
      return null;
    }
    this.tag = String(tag).trim().toLowerCase();
    this.expression = resolved.expression;
    for (const name of this.current.keys()) this.target.set(name, 0);
    if (resolved.expression) {
      if (!this.current.has(resolved.expression)) this.current.set(resolved.expression, 0);
      this.target.set(resolved.expression, resolved.weight);
    }
    return resolved;
  }

  update(dt) {
    const step = dt / FADE_S;
    for (const [name, value] of this.current) {
      const goal = this.target.get(name) || 0;
      const next = value < goal ? Math.min(goal, value + step) : Math.max(goal, value - step);
      this.current.set(name, next);
    }
  }
}
