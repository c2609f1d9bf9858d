// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a Live2D Cubism model with WebGL on a transparent canvas of its own, from what
// the Core computes each frame (model.drawables): the drawables in render order, each
// with its texture, blend mode (normal, additive, multiplicative), culling, opacity,
// multiply/screen colours and clipping masks. Written for Neiri over the Core's public
// API; it does not use the Cubism SDK Framework.
//
// Textures are premultiplied alpha (as Live2D models are made). Masks: before a masked
// drawable is drawn, its mask drawables are drawn into an offscreen texture the size of
// the canvas (their texture's alpha, unioned); the drawable then multiplies its colour
// by the mask at its pixel (1 - mask for inverted masks). Consecutive drawables with the
// same masks share one mask pass.

const FLAG_ADDITIVE = 1 << 0;
const FLAG_MULTIPLICATIVE = 1 << 1;
const FLAG_DOUBLE_SIDED = 1 << 2;
const FLAG_INVERTED_MASK = 1 << 3;
const FLAG_VISIBLE = 1 << 0;

const VERTEX = `
attribute vec2 a_position;
attribute vec2 a_uv;
uniform vec4 u_transform; // scale x, scale y, offset x, offset y (model units -> clip)
varying vec2 v_uv;
void main() {
  gl_Position = vec4(a_position * u_transform.xy + u_transform.zw, 0.0, 1.0);
  v_uv = vec2(a_uv.x, 1.0 - a_uv.y); // Live2D UVs count v from the bottom
}`;

const DRAW = `
precision mediump float;
varying vec2 v_uv;
uniform sampler2D u_texture;
uniform sampler2D u_mask;
uniform vec4 u_multiply;
uniform vec4 u_screen;
uniform float u_opacity;
uniform float u_maskMode; // 0: none, 1: masked, 2: inverted mask
uniform vec2 u_viewport;
void main() {
  vec4 c = texture2D(u_texture, v_uv);
  c.rgb *= u_multiply.rgb;
  c.rgb = c.rgb + u_screen.rgb * c.a - c.rgb * u_screen.rgb;
  c *= u_opacity;
  if (u_maskMode > 0.5) {
    float m = texture2D(u_mask, gl_FragCoord.xy / u_viewport).a;
    if (u_maskMode > 1.5) m = 1.0 - m;
    c *= m;
  }
  gl_FragColor = c;
}`;

const MASK = `
precision mediump float;
varying vec2 v_uv;
uniform sampler2D u_texture;
void main() {
  float a = texture2D(u_texture, v_uv).a;
  gl_FragColor = vec4(a, a, a, a);
}`;

/** How much of the model's canvas each framing shows: [left, right, bottom, top] as
 * fractions of its width and height (0 = left/bottom edge). */
const FRAMES = {
  full: [0, 1, 0, 1],
  upper: [0, 1, 0, 1],
  face: [0.2, 0.8, 0.45, 1],
};

function compile(gl, type, source) {
  const shader = gl.createShader(type);
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error("Live2D shader: " + gl.getShaderInfoLog(shader));
  }
  return shader;
}

function program(gl, fragment, uniforms) {
  const p = gl.createProgram();
  gl.attachShader(p, compile(gl, gl.VERTEX_SHADER, VERTEX));
  gl.attachShader(p, compile(gl, gl.FRAGMENT_SHADER, fragment));
  gl.bindAttribLocation(p, 0, "a_position");
  gl.bindAttribLocation(p, 1, "a_uv");
  gl.linkProgram(p);
  if (!gl.getProgramParameter(p, gl.LINK_STATUS)) throw new Error("Live2D shader: " + gl.getProgramInfoLog(p));
  const u = {};
  for (const name of uniforms) u[name] = gl.getUniformLocation(p, name);
  return { program: p, u };
}

/** A CSS colour as premultiplied [r, g, b, a] in 0..1 ("" -> transparent). */
export function cssColour(css) {
  if (!css) return [0, 0, 0, 0];
  const canvas = document.createElement("canvas");
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [(r / 255) * (a / 255), (g / 255) * (a / 255), (b / 255) * (a / 255), a / 255];
}

export class Live2DRenderer {
  /**
   * @param {HTMLElement} container the canvas goes in here (on top of the VRM canvas)
   * Throws when WebGL is not available.
   */
  constructor(container, { background = "" } = {}) {
    this.container = container;
    this.canvas = document.createElement("canvas");
    this.canvas.className = "live2d";
    this.canvas.setAttribute("aria-label", "Neiri's avatar (Live2D)");
    this.canvas.style.position = "absolute";
    this.canvas.style.inset = "0";
    const attributes = { alpha: true, premultipliedAlpha: true, antialias: true, preserveDrawingBuffer: false };
    const gl = this.canvas.getContext("webgl", attributes) || this.canvas.getContext("experimental-webgl", attributes);
    if (!gl) throw new Error("WebGL is not available for the Live2D model.");
    this.gl = gl;
    this.clear = cssColour(background);
    this.draw = program(gl, DRAW, ["u_transform", "u_texture", "u_mask", "u_multiply", "u_screen", "u_opacity", "u_maskMode", "u_viewport"]);
    this.mask = program(gl, MASK, ["u_transform", "u_texture"]);
    this.maskTexture = null;
    this.maskBuffer = null;
    this.maskSize = [0, 0];
    this.model = null; // the Core's model
    this.textures = [];
    this.meshes = [];
    this.order = [];
    this.bounds = null; // model units: [left, right, bottom, top]
    this.framing = "upper";
    this.transform = [1, 1, 0, 0];
    this.drawn = 0; // drawables drawn in the last frame
    container.append(this.canvas);
    this.onResize = () => this.resize();
    window.addEventListener("resize", this.onResize);
    this.resize();
  }

  set visible(on) {
    this.canvas.style.display = on ? "block" : "none";
  }

  resize() {
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    const width = Math.max(1, Math.round((this.container.clientWidth || window.innerWidth) * ratio));
    const height = Math.max(1, Math.round((this.container.clientHeight || window.innerHeight) * ratio));
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    this.canvas.style.width = "100%";
    this.canvas.style.height = "100%";
    this.updateTransform();
  }

  /** Show a model: upload its textures (ImageBitmaps, premultiplied) and meshes. */
  setModel(model, images) {
    this.releaseModel();
    const gl = this.gl;
    this.model = model;
    this.textures = images.map((image) => {
      const texture = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true); // for <img>; bitmaps come premultiplied
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, image);
      const pot = (n) => (n & (n - 1)) === 0;
      if (pot(image.width) && pot(image.height)) {
        gl.generateMipmap(gl.TEXTURE_2D);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);
      } else {
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      }
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      return texture;
    });
    const d = model.drawables;
    this.meshes = [];
    for (let i = 0; i < d.count; i += 1) {
      const position = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, position);
      gl.bufferData(gl.ARRAY_BUFFER, d.vertexPositions[i], gl.DYNAMIC_DRAW);
      const uv = gl.createBuffer();
      gl.bindBuffer(gl.ARRAY_BUFFER, uv);
      gl.bufferData(gl.ARRAY_BUFFER, d.vertexUvs[i], gl.STATIC_DRAW);
      const index = gl.createBuffer();
      gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, index);
      gl.bufferData(gl.ELEMENT_ARRAY_BUFFER, d.indices[i], gl.STATIC_DRAW);
      this.meshes.push({ position, uv, index, count: d.indices[i].length });
    }
    this.bounds = modelBounds(model);
    this.updateTransform();
  }

  releaseModel() {
    const gl = this.gl;
    for (const texture of this.textures) gl.deleteTexture(texture);
    for (const mesh of this.meshes) {
      gl.deleteBuffer(mesh.position);
      gl.deleteBuffer(mesh.uv);
      gl.deleteBuffer(mesh.index);
    }
    this.textures = [];
    this.meshes = [];
    this.model = null;
    this.bounds = null;
  }

  setFraming(framing) {
    this.framing = FRAMES[framing] ? framing : "upper";
    this.updateTransform();
  }

  /** Model units -> clip space: the framed part of the model's canvas, fitted and centred. */
  updateTransform() {
    if (!this.bounds) return;
    const [left, right, bottom, top] = this.bounds;
    const [fl, fr, fb, ft] = FRAMES[this.framing] || FRAMES.upper;
    const x0 = left + (right - left) * fl;
    const x1 = left + (right - left) * fr;
    const y0 = bottom + (top - bottom) * fb;
    const y1 = bottom + (top - bottom) * ft;
    const width = this.canvas.width;
    const height = this.canvas.height;
    const pixels = 0.96 * Math.min(width / Math.max(x1 - x0, 1e-6), height / Math.max(y1 - y0, 1e-6));
    const sx = (2 * pixels) / width;
    const sy = (2 * pixels) / height;
    this.transform = [sx, sy, -((x0 + x1) / 2) * sx, -((y0 + y1) / 2) * sy];
  }

  ensureMaskTarget() {
    const gl = this.gl;
    const w = this.canvas.width;
    const h = this.canvas.height;
    if (this.maskTexture && this.maskSize[0] === w && this.maskSize[1] === h) return;
    if (this.maskTexture) gl.deleteTexture(this.maskTexture);
    if (this.maskBuffer) gl.deleteFramebuffer(this.maskBuffer);
    this.maskTexture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.maskTexture);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, w, h, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    this.maskBuffer = gl.createFramebuffer();
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.maskBuffer);
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, this.maskTexture, 0);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    this.maskSize = [w, h];
  }

  /** Bind drawable i's buffers (its positions were uploaded for this frame by render()). */
  bindMesh(i) {
    const gl = this.gl;
    const mesh = this.meshes[i];
    gl.bindBuffer(gl.ARRAY_BUFFER, mesh.position);
    gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
    gl.bindBuffer(gl.ARRAY_BUFFER, mesh.uv);
    gl.vertexAttribPointer(1, 2, gl.FLOAT, false, 0, 0);
    gl.bindBuffer(gl.ELEMENT_ARRAY_BUFFER, mesh.index);
    return mesh;
  }

  cull(flags) {
    const gl = this.gl;
    if (flags & FLAG_DOUBLE_SIDED) gl.disable(gl.CULL_FACE);
    else gl.enable(gl.CULL_FACE);
  }

  /** Draw the mask drawables `masks` into the mask texture (their alpha, unioned). */
  renderMask(masks) {
    const gl = this.gl;
    const d = this.model.drawables;
    this.ensureMaskTarget();
    gl.bindFramebuffer(gl.FRAMEBUFFER, this.maskBuffer);
    gl.viewport(0, 0, this.maskSize[0], this.maskSize[1]);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.useProgram(this.mask.program);
    gl.uniform4fv(this.mask.u.u_transform, this.transform);
    gl.uniform1i(this.mask.u.u_texture, 0);
    gl.blendFuncSeparate(gl.ONE, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    for (const m of masks) {
      if (m < 0 || m >= d.count) continue;
      const texture = this.textures[d.textureIndices[m]];
      if (!texture) continue;
      this.cull(d.constantFlags[m]);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      const mesh = this.bindMesh(m);
      gl.drawElements(gl.TRIANGLES, mesh.count, gl.UNSIGNED_SHORT, 0);
    }
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.viewport(0, 0, this.canvas.width, this.canvas.height);
    gl.useProgram(this.draw.program);
  }

  /** Draw the model as the Core left it after model.update(). */
  render() {
    const gl = this.gl;
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.viewport(0, 0, this.canvas.width, this.canvas.height);
    gl.clearColor(...this.clear);
    gl.clear(gl.COLOR_BUFFER_BIT);
    this.drawn = 0;
    const model = this.model;
    if (!model) return;
    const d = model.drawables;
    const count = d.count;
    // where each drawable goes in the sequence: renderOrders[i] is drawable i's place
    if (this.order.length !== count) this.order = new Array(count);
    for (let i = 0; i < count; i += 1) this.order[d.renderOrders[i]] = i;

    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.disable(gl.SCISSOR_TEST);
    gl.enable(gl.BLEND);
    gl.frontFace(gl.CCW);
    gl.cullFace(gl.BACK);
    gl.enableVertexAttribArray(0);
    gl.enableVertexAttribArray(1);
    // every drawable's vertices for this frame first (masks reuse them)
    for (let i = 0; i < count; i += 1) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.meshes[i].position);
      gl.bufferSubData(gl.ARRAY_BUFFER, 0, d.vertexPositions[i]);
    }
    const u = this.draw.u;
    gl.useProgram(this.draw.program);
    gl.uniform4fv(u.u_transform, this.transform);
    gl.uniform1i(u.u_texture, 0);
    gl.uniform1i(u.u_mask, 1);
    gl.uniform2f(u.u_viewport, this.canvas.width, this.canvas.height);
    const multiply = d.multiplyColors;
    const screen = d.screenColors;
    let maskedBy = null; // the masks in the mask texture now
    for (let k = 0; k < count; k += 1) {
      const i = this.order[k];
      if (i === undefined) continue;
      const opacity = d.opacities[i];
      if (!(d.dynamicFlags[i] & FLAG_VISIBLE) || !(opacity > 0.001)) continue;
      const texture = this.textures[d.textureIndices[i]];
      if (!texture) continue;
      const flags = d.constantFlags[i];
      const masks = d.maskCounts[i] > 0 ? (d.masks[i].subarray ? d.masks[i].subarray(0, d.maskCounts[i]) : d.masks[i]) : null;
      let mode = 0;
      if (masks) {
        if (!sameMasks(masks, maskedBy)) {
          this.renderMask(masks);
          maskedBy = masks;
        }
        mode = flags & FLAG_INVERTED_MASK ? 2 : 1;
        gl.activeTexture(gl.TEXTURE1);
        gl.bindTexture(gl.TEXTURE_2D, this.maskTexture);
      }
      gl.uniform1f(u.u_maskMode, mode);
      gl.uniform1f(u.u_opacity, opacity);
      if (multiply && multiply.length >= 4 * count) {
        gl.uniform4f(u.u_multiply, multiply[4 * i], multiply[4 * i + 1], multiply[4 * i + 2], 1);
      } else {
        gl.uniform4f(u.u_multiply, 1, 1, 1, 1);
      }
      if (screen && screen.length >= 4 * count) {
        gl.uniform4f(u.u_screen, screen[4 * i], screen[4 * i + 1], screen[4 * i + 2], 1);
      } else {
        gl.uniform4f(u.u_screen, 0, 0, 0, 1);
      }
      if (flags & FLAG_ADDITIVE) gl.blendFuncSeparate(gl.ONE, gl.ONE, gl.ZERO, gl.ONE);
      else if (flags & FLAG_MULTIPLICATIVE) gl.blendFuncSeparate(gl.DST_COLOR, gl.ONE_MINUS_SRC_ALPHA, gl.ZERO, gl.ONE);
      else gl.blendFuncSeparate(gl.ONE, gl.ONE_MINUS_SRC_ALPHA, gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
      this.cull(flags);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      const mesh = this.bindMesh(i);
      gl.drawElements(gl.TRIANGLES, mesh.count, gl.UNSIGNED_SHORT, 0);
      this.drawn += 1;
    }
    gl.disable(gl.CULL_FACE);
  }

  /** The frame as a PNG data URL (rendered now, so no preserveDrawingBuffer needed). */
  snapshot() {
    this.render();
    return this.canvas.toDataURL("image/png");
  }

  dispose() {
    this.releaseModel();
    window.removeEventListener("resize", this.onResize);
    this.canvas.remove();
  }
}

/** Whether two mask lists name the same drawables in the same order. */
function sameMasks(a, b) {
  if (!b || a.length !== b.length) return false;
  for (let k = 0; k < a.length; k += 1) if (a[k] !== b[k]) return false;
  return true;
}

/** The model's extent in model units [left, right, bottom, top]: the Core's canvas
 * info, or the drawables' vertices when it has none. */
export function modelBounds(model) {
  const info = model.canvasinfo;
  if (info && info.PixelsPerUnit > 0 && info.CanvasWidth > 0 && info.CanvasHeight > 0) {
    const ppu = info.PixelsPerUnit;
    const left = -info.CanvasOriginX / ppu;
    const top = info.CanvasOriginY / ppu;
    return [left, left + info.CanvasWidth / ppu, top - info.CanvasHeight / ppu, top];
  }
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  const d = model.drawables;
  for (let i = 0; i < d.count; i += 1) {
    const v = d.vertexPositions[i];
    for (let k = 0; k + 1 < v.length; k += 2) {
      x0 = Math.min(x0, v[k]);
      x1 = Math.max(x1, v[k]);
      y0 = Math.min(y0, v[k + 1]);
      y1 = Math.max(y1, v[k + 1]);
    }
  }
  return Number.isFinite(x0) ? [x0, x1, y0, y1] : [-1, 1, -1, 1];
}
