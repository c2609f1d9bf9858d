// SPDX-License-Identifier: GPL-3.0-or-later
// Gestures as small procedural animations on top of the idle pose: nod and shake on the
// neck/head, bounce on the hips, wave with the right arm. Each fades in and back out to
// idle, so two can overlap and none ends with a jump.

const TAU = Math.PI * 2;

const MOTIONS = {
  nod: {
    duration: 1.0,
    fadeIn: 0.12,
    fadeOut: 0.25,
    apply(rig, t, w) {
      const dip = Math.abs(Math.sin((TAU * t) / 1.0)) * w; // two dips
      rig.rotate("neck", 0.1 * dip, 0, 0);
      rig.rotate("head", 0.2 * dip, 0, 0);
    },
  },
  shake: {
    duration: 1.2,
    fadeIn: 0.15,
    fadeOut: 0.3,
    apply(rig, t, w) {
      const turn = Math.sin((TAU * 2.5 * t) / 1.2) * w;
      rig.rotate("neck", 0, 0.1 * turn, 0);
      rig.rotate("head", 0, 0.26 * turn, 0);
    },
  },
  bounce: {
    duration: 0.9,
    fadeIn: 0.08,
    fadeOut: 0.2,
    apply(rig, t, w) {
      const hop = Math.abs(Math.sin((TAU * t) / 0.9)) * w; // two hops
      rig.lift(0.06 * rig.unit * hop);
      rig.rotateOr("chest", "spine", -0.04 * hop, 0, 0);
      rig.rotate("head", 0.05 * hop, 0, 0);
      rig.rotate("leftUpperArm", 0, 0, 0.12 * hop);
      rig.rotate("rightUpperArm", 0, 0, -0.12 * hop);
    },
  },
  wave: {
    duration: 2.4,
    fadeIn: 0.35,
    fadeOut: 0.45,
    apply(rig, t, w) {
      // upper arm out to the side and forward, forearm up, the hand swinging
      const swing = Math.sin(TAU * 2.2 * t) * Math.min(1, t / 0.4);
      rig.rotate("rightUpperArm", 0, 0.45 * w, -0.45 * w);
      rig.rotate("rightLowerArm", 0, -0.1 * w, (-2.1 + 0.3 * swing) * w);
      rig.rotate("rightHand", 0, 0, 0.12 * swing * w);
      rig.rotate("rightShoulder", 0, 0, 0.06 * w);
      rig.rotate("head", 0, -0.06 * w, -0.06 * w);
      rig.rotate("spine", 0, 0, 0.02 * w);
    },
  },
};

export const MOTION_NAMES = Object.freeze(Object.keys(MOTIONS));

export class Motions {
  /**
   * @param table name -> {duration, fadeIn, fadeOut, apply(target, t, w)}: the page's
   *   gestures on a VRM rig by default (Live2D passes its own, over its parameters)
   * @param weight (t, motion) -> 0..1, the fade in and out
   */
  constructor(table = MOTIONS, weight = envelope) {
    this.table = table;
    this.weight = weight;
    this.active = new Map(); // name -> start time (ms)
  }

  has(name) {
    return Object.prototype.hasOwnProperty.call(this.table, motionKey(name));
  }

  /** Start (or restart) a gesture. Unknown names are logged and ignored. */
  play(name, now) {
    if (!this.has(name)) {
      console.warn(`neiri avatar: unknown motion "${String(name).slice(0, 64)}" ignored`);
      return false;
    }
    this.active.set(motionKey(name), now);
    return true;
  }

  names() {
    return [...this.active.keys()];
  }

  apply(target, now) {
    for (const [name, startedAt] of this.active) {
      const motion = this.table[name];
      const t = (now - startedAt) / 1000;
      if (t >= motion.duration) {
        this.active.delete(name);
        continue;
      }
      const w = this.weight(t, motion);
      if (w > 0) motion.apply(target, t, w);
    }
  }
}

function motionKey(name) {
  return String(name || "").trim().toLowerCase();
}

function envelope(t, { duration, fadeIn, fadeOut }) {
  const rampIn = Math.min(1, t / fadeIn);
  const rampOut = Math.min(1, (duration - t) / fadeOut);
  const x = Math.max(0, Math.min(rampIn, rampOut));
  return x * x * (3 - 2 * x);
}
