// SPDX-License-Identifier: GPL-3.0-or-later
// The WebGL stage: a full-window transparent canvas, a camera that frames the avatar's
// upper body (or face, or all of it), and soft lighting that suits MToon and PBR alike.

import {
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
  MathUtils,
  PerspectiveCamera,
  Scene,
  SRGBColorSpace,
  Vector3,
  WebGLRenderer,
} from "three";

const FOV = 28;
const _head = new Vector3();
const _hips = new Vector3();
const _box = new Box3();
const _size = new Vector3();
const _center = new Vector3();

export class Stage {
  /**
   * @param {HTMLElement} container
   * @param {{background: string}} options background: "" (transparent) or a CSS colour
   * Throws when WebGL is not available.
   */
  constructor(container, { background = "" } = {}) {
    this.container = container;
    this.renderer = new WebGLRenderer({
      alpha: true,
      antialias: true,
      premultipliedAlpha: true,
      powerPreference: "high-performance",
    });
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    if (background) this.renderer.setClearColor(new Color(background), 1);
    else this.renderer.setClearColor(0x000000, 0);
    this.canvas = this.renderer.domElement;
    this.canvas.setAttribute("aria-label", "Neiri's avatar");
    container.append(this.canvas);

    this.scene = new Scene();
    this.camera = new PerspectiveCamera(FOV, 1, 0.05, 100);
    this.camera.position.set(0, 1.35, 2.2);
    this.camera.lookAt(0, 1.35, 0);

    // soft light: a sky/ground fill, a warm key from the front right, a cool rim behind
    this.scene.add(new HemisphereLight(0xffffff, 0x8a8aa0, 1.6));
    const key = new DirectionalLight(0xfff4ea, 2.0);
    key.position.set(0.8, 1.8, 2.4);
    this.scene.add(key);
    const rim = new DirectionalLight(0xd6e6ff, 0.9);
    rim.position.set(-1.2, 2.2, -2.0);
    this.scene.add(rim);

    this.framing = "upper";
    this.subject = null;
    this.eyeHeight = 1.4;
    this.resize();
    window.addEventListener("resize", () => this.resize());
  }

  resize() {
    const width = Math.max(1, this.container.clientWidth || window.innerWidth);
    const height = Math.max(1, this.container.clientHeight || window.innerHeight);
    this.renderer.setSize(width, height, true);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    if (this.subject) this.frame(this.subject, this.framing);
  }

  /**
   * Point the camera at a loaded VRM: "upper" (head to waist), "face" or "full".
   * Sizes come from the model's own bones, so tiny and huge models frame alike.
   */
  frame(vrm, framing = this.framing) {
    this.subject = vrm;
    this.framing = framing;
    vrm.scene.updateMatrixWorld(true);
    const head = vrm.humanoid.getNormalizedBoneNode("head");
    const hips = vrm.humanoid.getNormalizedBoneNode("hips");
    _box.setFromObject(vrm.scene);
    let top;
    let bottom;
    let halfWidth;
    let x;
    let z;
    if (framing !== "full" && head && hips) {
      head.getWorldPosition(_head);
      hips.getWorldPosition(_hips);
      const unit = Math.max(0.05, _head.y - _hips.y); // hips to head: ~0.55 m on a person
      // the top of her hair (big anime heads, tall hair), but not a halo far above
      const crown = Math.min(Math.max(_box.max.y, _head.y + 0.3 * unit), _head.y + 1.2 * unit);
      if (framing === "face") {
        top = crown;
        bottom = _head.y - 0.22 * unit;
        halfWidth = 0.32 * unit;
      } else {
        top = crown;
        bottom = _head.y - 1.0 * unit;
        halfWidth = 0.7 * unit; // room for a wave
      }
      top += 0.04 * (top - bottom); // headroom
      x = _head.x;
      z = _head.z;
      this.eyeHeight = _head.y + 0.12 * unit;
    } else {
      _box.getSize(_size);
      _box.getCenter(_center);
      top = _box.max.y + 0.04 * _size.y;
      bottom = _box.min.y - 0.04 * _size.y;
      halfWidth = 0.55 * Math.max(_size.x, 0.01);
      x = _center.x;
      z = _center.z;
      this.eyeHeight = bottom + 0.9 * (top - bottom);
    }
    const tanHalf = Math.tan(MathUtils.degToRad(FOV / 2));
    const distance = Math.max((top - bottom) / 2 / tanHalf, halfWidth / (tanHalf * this.camera.aspect));
    const centerY = (top + bottom) / 2;
    // the model faces +Z (VRM 1.0, and VRM 0.x after rotateVRM0)
    this.camera.position.set(x, centerY, z + distance);
    this.camera.near = Math.max(0.01, distance / 50);
    this.camera.far = distance * 20 + 10;
    this.camera.updateProjectionMatrix();
    this.camera.lookAt(x, centerY, z);
    this.lookDistance = distance;
  }

  render() {
    this.renderer.render(this.scene, this.camera);
  }

  /** The frame as a PNG data URL (rendered now, so no preserveDrawingBuffer needed). */
  snapshot() {
    this.render();
    return this.canvas.toDataURL("image/png");
  }
}
