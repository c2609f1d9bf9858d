// SPDX-License-Identifier: GPL-3.0-or-later
// Mouth from the voice: avatar.frame carries the opening (0..1) at the moment the audio
// plays. It is smoothed per animation frame (fast attack, quick release) and spread over
// the visemes: mostly "aa", with a little "oh"/"ih" drifting so it is not one flap.
// A frame that carries "visemes" ({aa, ih, ou, ee, oh}, the vowel shape of that audio)
// shapes the mouth instead: each weight is smoothed like the opening and scaled by it.
// The mouth closes when playback stops or no frame came for 150 ms.

export const FRAME_TIMEOUT_MS = 150;
const ATTACK_S = 0.016;
const RELEASE_S = 0.025;
const SHUT = 0.02; // below this the mouth is drawn closed
export const VISEME_NAMES = ["aa", "ih", "ou", "ee", "oh"];

export class LipSync {
  constructor() {
    this.target = 0; // newest opening from the stream
    this.value = 0; // smoothed opening
    this.lastFrameAt = -Infinity;
    this.manual = null; // setMouth() override, or null
    this.silencedTurn = undefined; // frames of a turn that stopped speaking are late
    this.phase = Math.random() * 100;
    this.visemes = { aa: 0, ih: 0, ou: 0, ee: 0, oh: 0 };
    this.shape = null; // newest viseme weights from the stream, or null (random drift)
    this.shapeValue = { aa: 0, ih: 0, ou: 0, ee: 0, oh: 0 }; // smoothed weights
    this.lastGoal = 0;
    // latency measurements (performance.now() ms): a frame that opens the closed mouth,
    // and when the drawn mouth reached half of it; a close request, and when it was shut
    this.receivedAt = 0;
    this.rise = { from: 0, goal: 0, crossedAt: 0, lag: null };
    this.fall = { from: 0, closedAt: 0 };
  }

  /** An avatar.frame arrived. Returns false when it belongs to a finished utterance. */
  frame(mouth, turnId, now, visemes) {
    if (turnId !== undefined && turnId === this.silencedTurn) return false;
    const value = clamp01(mouth);
    this.shape = null;
    if (visemes && typeof visemes === "object") {
      this.shape = {};
      for (const name of VISEME_NAMES) this.shape[name] = clamp01(visemes[name]);
    }
    if (value >= 0.3 && this.goal(now) < 0.1 && this.value < 0.1) {
      this.rise = { from: now, goal: value, crossedAt: 0, lag: null };
    }
    this.target = value;
    this.lastFrameAt = now;
    this.receivedAt = now;
    return true;
  }

  /** playback.speaking: false closes the mouth and drops late frames of that turn. */
  speaking(isSpeaking, turnId, now) {
    if (isSpeaking) {
      this.silencedTurn = undefined;
      return;
    }
    this.silencedTurn = turnId;
    if (this.goal(now) > 0) this.fall = { from: now, closedAt: 0 };
    this.target = 0;
  }

  /** Hold the mouth at v (0..1), or give control back to the stream with null. */
  setManual(v) {
    this.manual = v == null ? null : clamp01(v);
  }

  /** How open the mouth should be now. */
  goal(now) {
    if (this.manual !== null) return this.manual;
    if (now - this.lastFrameAt > FRAME_TIMEOUT_MS) return 0;
    return this.target;
  }

  update(dt, now) {
    const goal = this.goal(now);
    if (goal === 0 && this.lastGoal > 0 && !(this.fall.from && !this.fall.closedAt)) {
      // closed by the frame timeout (or setMouth(0)), not by playback.speaking
      this.fall = { from: Math.min(now, this.lastFrameAt + FRAME_TIMEOUT_MS), closedAt: 0 };
    }
    this.lastGoal = goal;
    const tau = goal > this.value ? ATTACK_S : RELEASE_S;
    this.value += (goal - this.value) * (1 - Math.exp(-dt / tau));
    if (goal === 0 && this.value < SHUT) this.value = 0;
    const v = this.value;
    if (this.shape && this.manual === null) {
      // the voice's own vowels: same attack/release as the opening, closed with it
      for (const name of VISEME_NAMES) {
        const target = goal === 0 ? 0 : this.shape[name];
        const cur = this.shapeValue[name];
        const k = 1 - Math.exp(-dt / (target > cur ? ATTACK_S : RELEASE_S));
        this.shapeValue[name] = cur + (target - cur) * k;
        this.visemes[name] = v === 0 ? 0 : v * this.shapeValue[name];
      }
      return this.visemes;
    }
    const t = now / 1000 + this.phase;
    this.visemes.aa = v * (0.86 + 0.14 * Math.sin(t * 9.1));
    this.visemes.oh = v * (0.1 + 0.22 * (0.5 + 0.5 * Math.sin(t * 2.3)));
    this.visemes.ih = v * (0.06 + 0.18 * (0.5 + 0.5 * Math.sin(t * 3.7 + 2.0)));
    this.visemes.ou = 0;
    this.visemes.ee = 0;
    return this.visemes;
  }

  /** Stamp the measurements once the frame is drawn (performance.now() after render). */
  rendered(time) {
    const rise = this.rise;
    if (rise.from && !rise.crossedAt && this.value >= 0.5 * rise.goal) {
      rise.crossedAt = time;
      rise.lag = time - rise.from;
    }
    if (this.fall.from && !this.fall.closedAt && this.value === 0) this.fall.closedAt = time;
  }
}

function clamp01(v) {
  const n = Number(v);
  return Number.isFinite(n) ? Math.max(0, Math.min(1, n)) : 0;
}
