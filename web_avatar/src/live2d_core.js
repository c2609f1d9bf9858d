// SPDX-License-Identifier: GPL-3.0-or-later
// The Live2D Cubism Core is proprietary: Neiri never ships, bundles or downloads it. The
// user points the app at their own live2dcubismcore.min.js; the server serves that file
// at one URL, and this module injects a <script> for it, only when a Live2D model is
// about to be shown. Everything else talks to the Core through its public JS API:
// Live2DCubismCore.Moc.fromArrayBuffer, Live2DCubismCore.Model.fromMoc, model.parameters,
// model.parts, model.drawables, model.update().

const READY_TIMEOUT_MS = 8000;

let loading = null; // the promise of the Core, once a load started
let loadedFrom = "";

/** The Core object when its API is there (Moc, Model), else null. */
export function cubismCore() {
  const core = typeof window !== "undefined" ? window.Live2DCubismCore : undefined;
  if (!core || typeof core !== "object") return null;
  if (!core.Moc || typeof core.Moc.fromArrayBuffer !== "function") return null;
  if (!core.Model || typeof core.Model.fromMoc !== "function") return null;
  return core;
}

/** "5.1.0" from the Core's packed version number, or "" when it does not say. */
export function coreVersion(core) {
  try {
    const v = core.Version && core.Version.csmGetVersion ? core.Version.csmGetVersion() : null;
    if (typeof v !== "number") return "";
    return `${(v >>> 24) & 0xff}.${(v >>> 16) & 0xff}.${v & 0xffff}`;
  } catch (error) {
    return "";
  }
}

/** Some builds finish starting (WebAssembly) a moment after the script ran. */
function whenReady(core) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      try {
        if (core.Version && core.Version.csmGetVersion) core.Version.csmGetVersion();
        resolve(core);
      } catch (error) {
        if (performance.now() - started > READY_TIMEOUT_MS) {
          reject(new Error(`The Live2D Cubism Core did not start: ${error.message || error}`));
        } else {
          setTimeout(check, 50);
        }
      }
    };
    check();
  });
}

async function describeFailure(url) {
  try {
    const response = await fetch(url, { cache: "no-store" });
    if (!response.ok) {
      const text = (await response.text()).trim().slice(0, 300);
      return `HTTP ${response.status}${text ? ": " + text : ""}`;
    }
    return "the script could not be run";
  } catch (error) {
    return error.message || String(error);
  }
}

/**
 * Load the Core from `url` once per page (a script cannot be unloaded: a different Core
 * takes effect after a reload). Resolves with window.Live2DCubismCore; rejects with a
 * sentence for the user.
 */
export function loadCubismCore(url) {
  const present = cubismCore();
  if (present) {
    if (loadedFrom && url && url !== loadedFrom) {
      console.info(`neiri avatar: the Live2D Cubism Core from ${loadedFrom} stays until the page reloads`);
    }
    return whenReady(present);
  }
  if (loading) return loading;
  if (!url) return Promise.reject(new Error("Live2D is off: no Live2D Cubism Core is set."));
  loadedFrom = url;
  let script = null;
  loading = new Promise((resolve, reject) => {
    script = document.createElement("script");
    script.src = url;
    script.async = true;
    script.dataset.neiri = "live2d-core";
    script.onload = () => {
      const core = cubismCore();
      if (!core) {
        reject(new Error(`${url} is not the Live2D Cubism Core (it defines no Live2DCubismCore with Moc and Model).`));
        return;
      }
      whenReady(core).then(resolve, reject);
    };
    script.onerror = async () => {
      const why = await describeFailure(url);
      reject(new Error(`The Live2D Cubism Core could not be loaded from ${url} (${why}).`));
    };
    document.head.append(script);
  });
  loading.catch(() => {
    // let a later attempt try again (the user may fix the setting)
    loading = null;
    loadedFrom = "";
    if (script) script.remove();
  });
  return loading;
}
