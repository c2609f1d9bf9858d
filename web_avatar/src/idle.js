// SPDX-License-Identifier: GPL-3.0-or-later
// Idle life: a relaxed pose, breathing, a little sway, blinking at random intervals and
// a gaze that wanders around the viewer (eyes quick, head following slowly).

import { Object3D } from "three";

const TAU = Math.PI * 2;
const BREATH_S = 4.2;

/** Blink at random 2-6 s intervals; sometimes twice. */
export class Blinker {
  constructor(random = Math.random) {
    this.random = random;
    this.nextAt = 0;
    this.startedAt = -1;
    this.value = 0;
    this.count = 0;
  }

  schedule(now, min = 2000, max = 6000) {
    this.nextAt = now + min + this.random() * (max - min);
  }

  /** Eyes open, no blink under way (idle life switched off). */
  reset() {
    this.startedAt = -1;
    this.value = 0;
    return 0;
  }

  /** The blink weight now; `allowed` false (an emotion overrides blink) skips blinks. */
  update(now, allowed) {
    if (!this.nextAt) this.schedule(now, 800, 2500); // the first one soon after she appears
    if (this.startedAt < 0 && now >= this.nextAt) {
      if (allowed) {
        this.startedAt = now;
        this.count += 1;
      }
      // sometimes a quick second blink, otherwise the usual pause
      if (this.random() < 0.15) this.schedule(now, 260, 420);
      else this.schedule(now);
    }
    if (this.startedAt >= 0) {
      const t = now - this.startedAt; // close 70 ms, hold 30 ms, open 110 ms
      if (t < 70) this.value = smooth(t / 70);
      else if (t < 100) this.value = 1;
      else if (t < 210) this.value = 1 - smooth((t - 100) / 110);
      else {
        this.value = 0;
        this.startedAt = -1;
      }
    } else {
      this.value = 0;
    }
    return this.value;
  }
}

/** Where she looks: a target near the camera that drifts, with glances back at you. */
export class Gaze {
  constructor(random = Math.random) {
    this.random = random;
    this.target = new Object3D();
    this.target.name = "neiriGazeTarget";
    this.goal = [0, 0]; // yaw, pitch (radians) relative to looking at the camera
    this.eyes = [0, 0];
    this.head = [0, 0];
    this.nextAt = 0;
  }

  /**
   * @param camera the stage camera: she looks at the viewer through it
   * @param eyeHeight her eye level: the target is raised toward it, so a camera framed
   *   lower than her eyes does not make her look down with heavy lids
   */
  update(dt, now, camera, eyeHeight = camera.position.y) {
    if (now >= this.nextAt) {
      if (this.random() < 0.4) {
        this.goal = [0, 0]; // eye contact
      } else {
        this.goal = [(this.random() * 2 - 1) * 0.16, (this.random() * 2 - 1) * 0.07];
      }
      this.nextAt = now + 1200 + this.random() * 2800;
    }
    const eyeRate = 1 - Math.exp(-dt / 0.06);
    const headRate = 1 - Math.exp(-dt / 0.7);
    for (let i = 0; i < 2; i += 1) {
      this.eyes[i] += (this.goal[i] - this.eyes[i]) * eyeRate;
      this.head[i] += (this.goal[i] - this.head[i]) * headRate;
    }
    // the target sits at the camera, raised toward eye level, shifted by the gaze angles
    const d = Math.abs(camera.position.z);
    const y = camera.position.y + 0.7 * (eyeHeight - camera.position.y);
    this.target.position.set(
      camera.position.x + Math.tan(this.eyes[0]) * d,
      y + Math.tan(this.eyes[1]) * d,
      camera.position.z,
    );
    this.target.updateMatrixWorld();
  }
}

/** The relaxed pose plus breathing and sway, added to the rig each frame. */
export function idlePose(rig, t, gaze) {
  const breath = 0.5 - 0.5 * Math.cos((TAU * t) / BREATH_S); // 0 exhaled .. 1 inhaled
  const swayA = Math.sin(t * 0.53);
  const swayB = Math.sin(t * 0.31 + 1.3);

  // arms down from the T-pose, elbows a little bent forward
  rig.rotate("leftUpperArm", 0, 0, -1.18 - 0.02 * breath);
  rig.rotate("rightUpperArm", 0, 0, 1.18 + 0.02 * breath);
  rig.rotate("leftLowerArm", 0, -0.28, 0);
  rig.rotate("rightLowerArm", 0, 0.28, 0);
  rig.rotate("leftHand", 0, 0, -0.08);
  rig.rotate("rightHand", 0, 0, 0.08);

  // breathing: the chest rises and leans back a touch, shoulders lift
  rig.rotate("spine", -0.012 * breath, 0, 0);
  rig.rotateOr("chest", "spine", -0.022 * breath, 0, 0);
  rig.rotate("upperChest", -0.012 * breath, 0, 0);
  rig.rotate("leftShoulder", 0, 0, 0.03 * breath);
  rig.rotate("rightShoulder", 0, 0, -0.03 * breath);

  // sway, and the head following the gaze (slower than the eyes)
  rig.rotate("hips", 0, 0.025 * swayA, 0.012 * swayB);
  rig.rotate("spine", 0, -0.015 * swayA, -0.01 * swayB);
  const yaw = gaze ? gaze.head[0] : 0;
  const pitch = gaze ? gaze.head[1] : 0;
  rig.rotateOr("neck", "head", -0.25 * pitch + 0.012 * swayB, 0.3 * yaw, 0.015 * swayA);
  rig.rotate("head", -0.25 * pitch + 0.01 * breath, 0.3 * yaw, 0.01 * swayB);
}

function smooth(x) {
  const t = Math.max(0, Math.min(1, x));
  return t * t * (3 - 2 * t);
}
