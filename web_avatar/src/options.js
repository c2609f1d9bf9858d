// SPDX-License-Identifier: GPL-3.0-or-later
// Page options from the URL (see avatar.html for the list).

/** Where the page looks for the project's own avatar when no ?model= is given. */
export const DEFAULT_MODELS = ["/avatar/model.vrm", "/static/avatar/neiri.vrm"];

export const FRAMINGS = ["upper", "face", "full"];

/** What the server shows now: {kind, url, name, emotions, core} (app/server/PROTOCOL.md). */
export const AVATAR_INFO_URL = "/avatar/current";

/** Where the server serves the user's own Live2D Cubism Core, when one is set. */
export const LIVE2D_CORE_URL = "/avatar/live2dcubismcore.min.js";

/** "live2d" for a Live2D .model3.json URL, else "vrm". */
export function modelKind(url) {
  let path = String(url || "");
  try {
    path = new URL(path, "http://x/").pathname;
  } catch (error) {
    // keep the text
  }
  return /\.model3\.json$/i.test(path) ? "live2d" : "vrm";
}

/** A CSS colour for key-colour mode, or "" for a transparent page. */
export function keyColour(params, hash) {
  let bg = params.get("bg") || "";
  if (!bg && /^#[0-9a-f]{3,8}$/i.test(hash)) bg = hash;
  if (/^[0-9a-f]{3,8}$/i.test(bg)) bg = "#" + bg;
  if (!bg) return "";
  if (typeof CSS !== "undefined" && CSS.supports && !CSS.supports("color", bg)) {
    console.warn("neiri avatar: ignoring ?bg=, not a colour:", bg);
    return "";
  }
  return bg;
}

/** The emotion map from ?emotions=<url-encoded JSON object>, or null. */
export function emotionMapParam(params) {
  const raw = params.get("emotions");
  if (!raw) return null;
  try {
    const map = JSON.parse(raw);
    if (map && typeof map === "object" && !Array.isArray(map)) return map;
  } catch (error) {
    // reported below
  }
  console.warn("neiri avatar: ignoring ?emotions=, not a JSON object:", raw.slice(0, 200));
  return null;
}

export function readOptions(location = window.location) {
  const params = new URLSearchParams(location.search);
  const framing = params.get("framing") || "upper";
  return {
    model: params.get("model") || "",
    core: params.get("core") || LIVE2D_CORE_URL, // only used for a ?model= Live2D model
    token: params.get("token") || "",
    bg: keyColour(params, location.hash),
    emotions: emotionMapParam(params),
    framing: FRAMINGS.includes(framing) ? framing : "upper",
    idle: params.get("idle") !== "0",
  };
}
