// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a VRM (0.x or 1.0) and posing its normalized humanoid bones.

import { Euler, Quaternion, Vector3 } from "three";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { VRMLoaderPlugin, VRMUtils } from "@pixiv/three-vrm";

/** Load a VRM from a URL (http(s), blob: or data:). Rejects with a readable Error. */
export async function loadVRM(url, onProgress) {
  const loader = new GLTFLoader();
  loader.register((parser) => new VRMLoaderPlugin(parser));
  let gltf;
  try {
    gltf = await loader.loadAsync(url, onProgress);
  } catch (error) {
    throw new Error(describeLoadError(error));
  }
  const vrm = gltf.userData.vrm;
  if (!vrm) {
    VRMUtils.deepDispose(gltf.scene);
    throw new Error("The file is a glTF model but not a VRM avatar (no VRM extension).");
  }
  if (!vrm.humanoid) {
    VRMUtils.deepDispose(gltf.scene);
    throw new Error("The VRM file has no humanoid bones.");
  }
  VRMUtils.removeUnnecessaryVertices(gltf.scene);
  VRMUtils.combineSkeletons(gltf.scene);
  VRMUtils.rotateVRM0(vrm); // VRM 0.x faces -Z; turn it to face the camera like 1.0
  dedupeMaterialBinds(vrm);
  vrm.scene.traverse((object) => {
    object.frustumCulled = false; // skinned meshes move outside their static bounds
  });
  return vrm;
}

/**
 * three-vrm 3.5 adds one material bind per mesh that uses the material, so a material
 * shared by several meshes gets its colour or UV offset applied several times over (a
 * "happy" tint turns into pure red). Keep one bind per material and target.
 */
export function dedupeMaterialBinds(vrm) {
  const manager = vrm.expressionManager;
  let removed = 0;
  if (!manager) return removed;
  for (const expression of manager.expressions) {
    const seen = new Set();
    for (const bind of [...expression.binds]) {
      if (!bind.material) continue; // morph target binds
      const target =
        bind.targetValue !== undefined
          ? `color:${bind.type}:${bind.targetValue.getHexString()}:${bind.targetAlpha}`
          : `uv:${bind.scale && bind.scale.toArray()}:${bind.offset && bind.offset.toArray()}`;
      const key = `${bind.material.uuid}|${target}`;
      if (seen.has(key)) {
        expression.deleteBind(bind);
        removed += 1;
      } else {
        seen.add(key);
      }
    }
  }
  return removed;
}

function describeLoadError(error) {
  const text = String((error && error.message) || error || "unknown error");
  if (/404|not found/i.test(text)) return "The model file was not found.";
  if (/Unexpected token|JSON|magic|glTF/i.test(text)) return "The file is not a VRM/glTF model: " + text;
  return text;
}

export function disposeVRM(vrm) {
  if (!vrm) return;
  vrm.scene.removeFromParent();
  VRMUtils.deepDispose(vrm.scene);
}

export function modelInfo(vrm) {
  const meta = vrm.meta || {};
  const version = meta.metaVersion === "0" ? "0" : "1";
  const title = version === "0" ? meta.title : meta.name;
  return { version, name: title || "", expressions: expressionNames(vrm) };
}

export function expressionNames(vrm) {
  const manager = vrm.expressionManager;
  return manager ? manager.expressions.map((e) => e.expressionName) : [];
}

const POSED_BONES = [
  "hips",
  "spine",
  "chest",
  "upperChest",
  "neck",
  "head",
  "leftShoulder",
  "rightShoulder",
  "leftUpperArm",
  "rightUpperArm",
  "leftLowerArm",
  "rightLowerArm",
  "leftHand",
  "rightHand",
];

const _euler = new Euler();
const _quat = new Quaternion();

/**
 * Per-frame additive pose on the normalized bones. Rotations are written in VRM 1.0's
 * space (model faces +Z, its left arm points to +X); VRM 0.x models get X and Z
 * mirrored so the same numbers pose both. Missing optional bones are skipped.
 */
export class Rig {
  constructor(vrm) {
    this.vrm = vrm;
    this.mirror = vrm.meta && vrm.meta.metaVersion === "0" ? -1 : 1;
    this.bones = {};
    this.angles = {};
    for (const name of POSED_BONES) {
      const node = vrm.humanoid.getNormalizedBoneNode(name);
      if (node) {
        this.bones[name] = node;
        this.angles[name] = [0, 0, 0];
      }
    }
    const hips = this.bones.hips;
    this.hipsRest = hips ? hips.position.clone() : new Vector3();
    this.hipsOffset = new Vector3();
    const head = vrm.humanoid.getNormalizedBoneNode("head");
    vrm.scene.updateMatrixWorld(true);
    const headY = head ? head.getWorldPosition(new Vector3()).y : 1.4;
    const hipsY = hips ? hips.getWorldPosition(new Vector3()).y : 0.9;
    /** hips-to-head length in metres: scales motions to the model's size */
    this.unit = Math.max(0.05, headY - hipsY);
  }

  begin() {
    for (const name in this.angles) {
      const a = this.angles[name];
      a[0] = 0;
      a[1] = 0;
      a[2] = 0;
    }
    this.hipsOffset.set(0, 0, 0);
  }

  /** Add a rotation (radians, VRM 1.0 space) to a bone for this frame. */
  rotate(name, x, y, z) {
    const a = this.angles[name];
    if (!a) return false;
    a[0] += x;
    a[1] += y;
    a[2] += z;
    return true;
  }

  /** Like rotate(), but a missing bone hands its share to a fallback (chest -> spine). */
  rotateOr(name, fallback, x, y, z) {
    return this.rotate(name, x, y, z) || this.rotate(fallback, x, y, z);
  }

  lift(dy) {
    this.hipsOffset.y += dy;
  }

  commit() {
    const m = this.mirror;
    for (const name in this.angles) {
      const a = this.angles[name];
      _euler.set(a[0] * m, a[1], a[2] * m, "XYZ");
      this.bones[name].quaternion.copy(_quat.setFromEuler(_euler));
    }
    if (this.bones.hips) this.bones.hips.position.copy(this.hipsRest).add(this.hipsOffset);
  }

  /** World positions of a few bones (for tests and debugging). */
  positions() {
    const out = {};
    this.vrm.scene.updateMatrixWorld(true);
    for (const name of ["head", "hips", "rightUpperArm", "rightLowerArm", "rightHand", "leftUpperArm", "leftLowerArm", "leftHand"]) {
      const node = this.vrm.humanoid.getNormalizedBoneNode(name);
      if (node) {
        const p = node.getWorldPosition(new Vector3());
        out[name] = [p.x, p.y, p.z];
      }
    }
    return out;
  }
}
