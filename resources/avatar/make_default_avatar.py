#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generate Neiri's default avatar, ``neiri.vrm`` (a VRM 1.0 GLB), from nothing but code.

Every vertex, colour and morph target below is computed here with numpy: there are no
image files, meshes or weights from anywhere else. The output is deterministic (the same
bytes on every run), so the committed ``neiri.vrm`` can be checked against a fresh build.

    uv run python resources/avatar/make_default_avatar.py            # rewrite neiri.vrm
    uv run python resources/avatar/make_default_avatar.py --out X.vrm
    uv run python resources/avatar/make_default_avatar.py --preview /tmp/neiri-preview

``--preview`` reads the built file back, applies expressions and poses the way a VRM
runtime does (morph targets, overrides, skinning) and writes front-view PNGs with a small
numpy rasterizer, so the look can be checked without a browser.

Model space follows VRM 1.0: metres, +Y up, the character faces +Z, her left hand is
at +X, the soles touch Y = 0, T-pose with identity bone rotations.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import zlib
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "neiri.vrm"
MODEL_VERSION = "1.0.0"

# ---------------------------------------------------------------------------------------
# small maths
# ---------------------------------------------------------------------------------------


def normalize(v):
    v = np.asarray(v, dtype=np.float64)
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n == 0.0, 1.0, n)


def smoothstep(e0, e1, x):
    t = np.clip((np.asarray(x, dtype=np.float64) - e0) / (e1 - e0), 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


def mix(a, b, t):
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    t = np.asarray(t, dtype=np.float64)
    if t.ndim and a.ndim and t.shape[-1:] != (3,):
        t = t[..., None]
    return a + (b - a) * t


def V(*xs) -> np.ndarray:
    """A small vector (numpy, so + is addition, not list concatenation)."""
    return np.array(xs, dtype=np.float64)


def hexcol(h: str) -> np.ndarray:
    return np.array([int(h[i : i + 2], 16) / 255.0 for i in (1, 3, 5)])


def srgb_to_linear(c):
    c = np.clip(np.asarray(c, dtype=np.float64), 0.0, 1.0)
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def linear_to_srgb(c):
    c = np.clip(np.asarray(c, dtype=np.float64), 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * c ** (1 / 2.4) - 0.055)


def grid_tris(nu: int, nv: int, wrap_u: bool = False, wrap_v: bool = False) -> np.ndarray:
    """Triangles of a nu x nv vertex grid, vertex (i, j) at index i * nv + j.

    Counter-clockwise seen from the side dP/du x dP/dv points to.
    """
    iu = nu if wrap_u else nu - 1
    iv = nv if wrap_v else nv - 1
    i, j = np.meshgrid(np.arange(iu), np.arange(iv), indexing="ij")
    i, j = i.ravel(), j.ravel()
    i1, j1 = (i + 1) % nu, (j + 1) % nv
    a, b, c, d = i * nv + j, i1 * nv + j, i1 * nv + j1, i * nv + j1
    return np.concatenate([np.stack([a, b, c], 1), np.stack([a, c, d], 1)])


def orient(pos, tris, inside):
    """Flip triangles so that their normals point away from the per-vertex `inside` points."""
    p = pos[tris]
    n = np.cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0])
    out = p.mean(1) - inside[tris].mean(1)
    flip = np.sum(n * out, axis=1) < 0
    tris = tris.copy()
    tris[flip] = tris[flip][:, ::-1]
    return tris


def vertex_normals(pos, tris):
    p = pos[tris]
    fn = np.cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0])
    n = np.zeros_like(pos)
    for k in range(3):
        np.add.at(n, tris[:, k], fn)
    return normalize(n)


def catmull(points, n: int) -> np.ndarray:
    """A Catmull-Rom curve through `points`, resampled to n points evenly by arc length."""
    p = np.asarray(points, dtype=np.float64)
    ext = np.vstack([2 * p[0] - p[1], p, 2 * p[-1] - p[-2]])
    t = np.linspace(0.0, 1.0, 24, endpoint=False)[:, None]
    dense = []
    for s in range(len(p) - 1):
        p0, p1, p2, p3 = ext[s : s + 4]
        dense.append(
            0.5
            * (
                2 * p1
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3
            )
        )
    dense.append(p[-1:])
    d = np.vstack(dense)
    seg = np.linalg.norm(np.diff(d, axis=0), axis=1)
    arc = np.concatenate([[0.0], np.cumsum(seg)])
    want = np.linspace(0.0, arc[-1], n)
    return np.stack([np.interp(want, arc, d[:, k]) for k in range(3)], 1)


# ---------------------------------------------------------------------------------------
# palette (sRGB) and the baked toon light
# ---------------------------------------------------------------------------------------

SKIN = hexcol("#ffe7df")
SKIN_SHADE = hexcol("#f4b9b8")
HAIR_ROOT = hexcol("#f7a1cd")
HAIR_TIP = hexcol("#a98ae8")
HAIR_SHINE = hexcol("#fff0f8")
HAIR_LINE = hexcol("#7d4f96")
DRESS = hexcol("#5d4fa3")
DRESS_LINE = hexcol("#2c2455")
WHITE = hexcol("#fbf8ff")
RIBBON = hexcol("#f27eb6")
SOCK = hexcol("#f7f3fc")
SHOE = hexcol("#5b3a7a")
ACCENT = hexcol("#8d5fe0")
STAR = hexcol("#ffd65c")
LINE_SKIN = hexcol("#c98088")

LIGHT = normalize([-0.35, 0.55, 0.76])


def toon(base, normals, shade=(0.84, 0.76, 0.92), lo=-0.2, hi=0.22):
    """Two-tone anime shading baked into vertex colours (the materials are unlit)."""
    base = np.broadcast_to(np.asarray(base, dtype=np.float64), normals.shape)
    k = smoothstep(lo, hi, normals @ LIGHT)[:, None]
    dark = base * np.asarray(shade)
    return dark + (base - dark) * k


def skin_toon(normals):
    k = smoothstep(-0.25, 0.2, normals @ LIGHT)[:, None]
    return SKIN_SHADE + (SKIN - SKIN_SHADE) * k


# ---------------------------------------------------------------------------------------
# skeleton (VRM humanoid) and hair joints
# ---------------------------------------------------------------------------------------

HEAD_C = np.array([0.0, 1.085, 0.004])  # centre of the head ellipsoid
TAIL_DIR = normalize([0.80, 0.50, -0.36])  # where the twin-tail ties sit (left side)


BONES: list[tuple[str, str | None, tuple[float, float, float], str | None]] = [
    ("Hips", None, (0.0, 0.56, 0.0), "hips"),
    ("Spine", "Hips", (0.0, 0.635, 0.0), "spine"),
    ("Chest", "Spine", (0.0, 0.73, 0.0), "chest"),
    ("Neck", "Chest", (0.0, 0.872, 0.0), "neck"),
    ("Head", "Neck", (0.0, 0.928, 0.0), "head"),
    ("UpperArm_L", "Chest", (0.095, 0.852, 0.0), "leftUpperArm"),
    ("LowerArm_L", "UpperArm_L", (0.265, 0.852, 0.0), "leftLowerArm"),
    ("Hand_L", "LowerArm_L", (0.42, 0.852, 0.0), "leftHand"),
    ("UpperArm_R", "Chest", (-0.095, 0.852, 0.0), "rightUpperArm"),
    ("LowerArm_R", "UpperArm_R", (-0.265, 0.852, 0.0), "rightLowerArm"),
    ("Hand_R", "LowerArm_R", (-0.42, 0.852, 0.0), "rightHand"),
    ("UpperLeg_L", "Hips", (0.055, 0.53, 0.0), "leftUpperLeg"),
    ("LowerLeg_L", "UpperLeg_L", (0.055, 0.30, 0.0), "leftLowerLeg"),
    ("Foot_L", "LowerLeg_L", (0.055, 0.075, 0.0), "leftFoot"),
    ("UpperLeg_R", "Hips", (-0.055, 0.53, 0.0), "rightUpperLeg"),
    ("LowerLeg_R", "UpperLeg_R", (-0.055, 0.30, 0.0), "rightLowerLeg"),
    ("Foot_R", "LowerLeg_R", (-0.055, 0.075, 0.0), "rightFoot"),
]
# twin tails and the ahoge get small bone chains of their own (VRMC_springBone joints);
# their positions are filled in by _hair_chains() once the head shape is known.
J: dict[str, int] = {}


def _register_bones(extra):
    BONES.extend(extra)
    J.clear()
    for k, b in enumerate(BONES):
        J[b[0]] = k


def bone_pos(name: str) -> np.ndarray:
    return np.array(BONES[J[name]][2], dtype=np.float64)


# ---------------------------------------------------------------------------------------
# the head surface: a slightly wide ellipsoid with a soft anime jaw
# ---------------------------------------------------------------------------------------

HA, HB, HC = 0.170, 0.160, 0.150


def _fx(uy):
    low = np.clip(-uy, 0.0, 1.0)
    return 1.0 - 0.32 * low**1.3 - 0.35 * low**3.5


def _fz(uy):
    low = np.clip(-uy, 0.0, 1.0)
    return 1.0 - 0.10 * low**2


def head_point(u):
    u = normalize(u)
    ux, uy, uz = u[..., 0], u[..., 1], u[..., 2]
    x = HA * ux * _fx(uy)
    y = HB * uy
    z = HC * uz * np.where(uz > 0, _fz(uy), 1.08 * (1.0 - 0.25 * np.clip(-uy, 0, 1) ** 2))
    return HEAD_C + np.stack([x, y, z], -1)


def head_normal(u):
    u = normalize(u)
    shape = u.shape
    u = u.reshape(-1, 3)
    helper = np.where(np.abs(u[..., 1:2]) < 0.9, [[0.0, 1.0, 0.0]], [[1.0, 0.0, 0.0]])
    t1 = normalize(np.cross(u, helper))
    t2 = np.cross(u, t1)
    e = 1e-3
    d1 = head_point(u + e * t1) - head_point(u - e * t1)
    d2 = head_point(u + e * t2) - head_point(u - e * t2)
    n = normalize(np.cross(d1, d2))
    return np.where(np.sum(n * u, -1, keepdims=True) < 0, -n, n).reshape(shape)


def face_z(x, y):
    """z of the front of the head at (x, y), y relative to the head centre."""
    uy = np.clip(y / HB, -1.0, 1.0)
    ux = x / (HA * _fx(uy))
    uz = np.sqrt(np.clip(1.0 - ux**2 - uy**2, 0.0, None))
    return HEAD_C[2] + HC * uz * _fz(uy)


def face_normal(x, y):
    e = 1e-4
    dzdx = (face_z(x + e, y) - face_z(x - e, y)) / (2 * e)
    dzdy = (face_z(x, y + e) - face_z(x, y - e)) / (2 * e)
    return normalize(np.stack([-dzdx, -dzdy, np.ones_like(dzdx)], -1))


def face_point(xy, layer: float):
    """Points painted on the face: (x, y-relative) projected from the front, lifted by layer."""
    xy = np.asarray(xy, dtype=np.float64)
    x, y = xy[..., 0], xy[..., 1]
    p = np.stack([x, HEAD_C[1] + y, face_z(x, y)], -1)
    return p + layer * face_normal(x, y)


def face_dir(x, y):
    """Direction from the head centre to the face point (x, y)."""
    return normalize(np.stack([x, y, face_z(x, y) - HEAD_C[2]], -1))


# ---------------------------------------------------------------------------------------
# geometry collection
# ---------------------------------------------------------------------------------------


def skin_single(n: int, joint: str):
    j = np.zeros((n, 4), dtype=np.int64)
    w = np.zeros((n, 4))
    j[:, 0] = J[joint]
    w[:, 0] = 1.0
    return j, w


def skin_blend(joints: list[str], weights: np.ndarray):
    """weights: (n, len(joints)), rows summing to 1; keeps the 4 largest influences."""
    weights = np.asarray(weights, dtype=np.float64)
    n = weights.shape[0]
    ids = np.array([J[b] for b in joints])
    order = np.argsort(-weights, axis=1, kind="stable")[:, :4]
    w = np.take_along_axis(weights, order, 1)
    j = ids[order]
    if w.shape[1] < 4:
        pad = 4 - w.shape[1]
        w = np.hstack([w, np.zeros((n, pad))])
        j = np.hstack([j, np.zeros((n, pad), dtype=np.int64)])
    w = w / w.sum(1, keepdims=True)
    return j, w


def chain_weights(t, knots):
    """Blend weights along a chain: t in [0, 1], knots = joint start parameters (ascending).

    Segment k (from knot k to knot k+1) follows joint k, blended across each knot.
    """
    t = np.asarray(t, dtype=np.float64)
    m = len(knots)
    w = np.zeros((len(t), m))
    w[:, 0] = 1.0
    for k in range(1, m):
        b = smoothstep(knots[k] - 0.06, knots[k] + 0.06, t)
        w[:, k] = b
        w[:, :k] *= (1 - b)[:, None]
    return w


class Prim:
    """One glTF primitive under construction (one material, optional morph targets)."""

    def __init__(self, double_sided: bool = False):
        self.double_sided = double_sided
        self.chunks: list[dict] = []
        self.count = 0

    def add(self, pos, col, tris, skin, states=None):
        pos = np.asarray(pos, dtype=np.float64).reshape(-1, 3)
        n = len(pos)
        col = np.broadcast_to(np.asarray(col, dtype=np.float64), (n, 3)).copy()
        tris = np.asarray(tris, dtype=np.int64).reshape(-1, 3)
        j, w = skin if isinstance(skin, tuple) else skin_single(n, skin)
        self.chunks.append(
            {
                "pos": pos,
                "col": col,
                "tris": tris + self.count,
                "j": j,
                "w": w,
                "states": {
                    k: np.asarray(v, dtype=np.float64).reshape(-1, 3)
                    for k, v in (states or {}).items()
                },
            }
        )
        self.count += n

    def add_outline(self, pos, tris, skin, width: float, col):
        """An inverted hull: the surface pushed out along its normals, wound inside out."""
        pos = np.asarray(pos, dtype=np.float64)
        shell = pos + vertex_normals(pos, tris) * width
        self.add(shell, col, np.asarray(tris)[:, ::-1], skin)

    def arrays(self, target_names: list[str]):
        pos = np.vstack([c["pos"] for c in self.chunks])
        col = np.vstack([c["col"] for c in self.chunks])
        tris = np.vstack([c["tris"] for c in self.chunks])
        j = np.vstack([c["j"] for c in self.chunks])
        w = np.vstack([c["w"] for c in self.chunks])
        targets = []
        for name in target_names:
            parts = []
            for c in self.chunks:
                st = c["states"].get(name)
                parts.append(np.zeros_like(c["pos"]) if st is None else st - c["pos"])
            targets.append(np.vstack(parts))
        return pos, col, tris, j, w, targets

    def target_names(self) -> list[str]:
        names: list[str] = []
        for c in self.chunks:
            for k in c["states"]:
                if k not in names:
                    names.append(k)
        return names


# ---------------------------------------------------------------------------------------
# generic shapes
# ---------------------------------------------------------------------------------------


def tube(spine, hint, width, thick, k: int = 10, lens: float = 0.0):
    """A tube around `spine` (L, 3), flattened: `width` across, `thick` along the hint side.

    `hint` (L, 3) points roughly outward (e.g. away from the head); the wide side of the
    cross-section lies across it. Returns positions, triangles, the per-vertex spine point
    (for orientation), and the (L, k) ring parameter grid (t along, a around).
    """
    spine = np.asarray(spine, dtype=np.float64)
    L = len(spine)
    tan = normalize(np.gradient(spine, axis=0))
    side = normalize(np.cross(tan, hint))
    up = normalize(np.cross(side, tan))
    a = np.linspace(0.0, 2 * np.pi, k, endpoint=False)
    ca, sa = np.cos(a), np.sin(a)
    # a lens-shaped section: the outer side rounder than the inner one
    sa_shaped = np.where(sa > 0, sa, sa * (1.0 - lens))
    w = np.asarray(width, dtype=np.float64)[:, None] * 0.5
    t = np.asarray(thick, dtype=np.float64)[:, None] * 0.5
    ring = (
        spine[:, None, :]
        + side[:, None, :] * (w * ca[None, :])[..., None]
        + up[:, None, :] * (t * sa_shaped[None, :])[..., None]
    )
    pos = ring.reshape(-1, 3)
    tris = grid_tris(L, k, wrap_v=True)
    # caps
    start = len(pos)
    pos = np.vstack([pos, spine[:1], spine[-1:]])
    cap0 = np.stack([np.full(k, start), (np.arange(k) + 1) % k, np.arange(k)], 1)
    last = (L - 1) * k
    cap1 = np.stack([np.full(k, start + 1), last + np.arange(k), last + (np.arange(k) + 1) % k], 1)
    tris = np.vstack([tris, cap0, cap1])
    inside = np.vstack([np.repeat(spine, k, axis=0), spine[:1], spine[-1:]])
    tris = orient(pos, tris, inside)
    tpar = np.concatenate([np.repeat(np.linspace(0, 1, L), k), [0.0, 1.0]])
    apar = np.concatenate([np.tile(a, L), [0.0, 0.0]])
    return pos, tris, inside, tpar, apar


def ellipsoid(center, radii, nu=16, nv=10, rot=None):
    """A UV ellipsoid; returns positions, triangles and normals."""
    th = np.linspace(0, np.pi, nv)  # from +y down
    ph = np.linspace(0, 2 * np.pi, nu, endpoint=False)
    T, P = np.meshgrid(th, ph, indexing="ij")
    u = np.stack([np.sin(T) * np.cos(P), np.cos(T), np.sin(T) * np.sin(P)], -1).reshape(-1, 3)
    p = u * np.asarray(radii)
    n = normalize(u / np.asarray(radii))
    if rot is not None:
        p = p @ rot.T
        n = n @ rot.T
    pos = p + np.asarray(center)
    tris = grid_tris(nv, nu, wrap_v=True)
    tris = orient(pos, tris, np.broadcast_to(np.asarray(center, dtype=np.float64), pos.shape))
    return pos, tris, n


def rot_y(a):
    c, s = np.cos(a), np.sin(a)
    return np.array([[c, 0, s], [0, 1, 0], [-s, 0, c]])


def rot_z(a):
    c, s = np.cos(a), np.sin(a)
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


def rot_x(a):
    c, s = np.cos(a), np.sin(a)
    return np.array([[1, 0, 0], [0, c, -s], [0, s, c]])


def loft(profile, nu=32, power=2.4):
    """A closed surface of horizontal superellipse rings: profile rows (y, rx, rz, zoff)."""
    prof = np.asarray(profile, dtype=np.float64)
    a = np.linspace(0, 2 * np.pi, nu, endpoint=False)
    ca, sa = np.cos(a), np.sin(a)
    ex = 2.0 / power
    cx = np.sign(ca) * np.abs(ca) ** ex
    sz = np.sign(sa) * np.abs(sa) ** ex
    y, rx, rz, zo = prof.T
    pos = np.stack(
        [
            rx[:, None] * cx[None, :],
            np.broadcast_to(y[:, None], (len(y), nu)),
            zo[:, None] + rz[:, None] * sz[None, :],
        ],
        -1,
    ).reshape(-1, 3)
    tris = grid_tris(len(y), nu, wrap_v=True)
    inside = np.repeat(np.stack([np.zeros_like(y), y, zo], 1), nu, axis=0)
    tris = orient(pos, tris, inside)
    return pos, tris, a


# ---------------------------------------------------------------------------------------
# body
# ---------------------------------------------------------------------------------------


def build_head(prim: Prim):
    nu, nv = 40, 28
    th = np.linspace(0.0, np.pi, nv)
    ph = np.linspace(0.0, 2 * np.pi, nu, endpoint=False)
    T, P = np.meshgrid(th, ph, indexing="ij")
    u = np.stack([np.sin(T) * np.sin(P), np.cos(T), np.sin(T) * np.cos(P)], -1).reshape(-1, 3)
    pos = head_point(u)
    tris = grid_tris(nv, nu, wrap_v=True)
    tris = orient(pos, tris, np.broadcast_to(HEAD_C, pos.shape))
    nrm = vertex_normals(pos, tris)
    col = skin_toon(nrm)
    prim.add(pos, col, tris, "Head")
    prim.add_outline(pos, tris, "Head", 0.0022, LINE_SKIN)


def build_neck(prim: Prim):
    y = np.linspace(0.845, 1.0, 8)
    prof = np.stack(
        [y, np.full_like(y, 0.0305), np.full_like(y, 0.029), np.full_like(y, -0.004)], 1
    )
    pos, tris, _ = loft(prof, nu=16, power=2.0)
    nrm = vertex_normals(pos, tris)
    col = skin_toon(nrm)
    # the chin casts a shadow on the upper neck
    col = mix(col, SKIN_SHADE * 0.97, smoothstep(0.895, 0.93, pos[:, 1]))
    wt = smoothstep(0.91, 0.95, pos[:, 1])
    skin = skin_blend(["Neck", "Head"], np.stack([1 - wt, wt], 1))
    prim.add(pos, col, tris, skin)


def torso_weights(y):
    w_sp = smoothstep(0.58, 0.64, y)
    w_ch = smoothstep(0.69, 0.76, y)
    w_nk = smoothstep(0.875, 0.9, y)
    hips = 1 - w_sp
    spine = w_sp * (1 - w_ch)
    chest = w_sp * w_ch * (1 - w_nk)
    neck = w_sp * w_ch * w_nk
    return ["Hips", "Spine", "Chest", "Neck"], np.stack([hips, spine, chest, neck], 1)


TORSO_PROFILE = np.array(
    [
        (0.575, 0.080, 0.064, 0.000),
        (0.615, 0.076, 0.060, 0.000),
        (0.66, 0.079, 0.062, 0.002),
        (0.71, 0.088, 0.068, 0.005),
        (0.755, 0.096, 0.071, 0.007),
        (0.80, 0.099, 0.068, 0.004),
        (0.835, 0.100, 0.064, 0.000),
        (0.858, 0.094, 0.058, -0.002),
        (0.874, 0.072, 0.048, -0.004),
        (0.886, 0.044, 0.036, -0.004),
        (0.892, 0.026, 0.024, -0.004),
    ]
)
TORSO_POWER = 2.4


def torso_point(a, y):
    """A point on the torso surface at angle a (pi/2 = front) and height y."""
    prof = TORSO_PROFILE
    rx = np.interp(y, prof[:, 0], prof[:, 1])
    rz = np.interp(y, prof[:, 0], prof[:, 2])
    zo = np.interp(y, prof[:, 0], prof[:, 3])
    ex = 2.0 / TORSO_POWER
    ca, sa = np.cos(a), np.sin(a)
    return np.stack(
        [
            rx * np.sign(ca) * np.abs(ca) ** ex,
            np.asarray(y, dtype=np.float64) + 0 * a,
            zo + rz * np.sign(sa) * np.abs(sa) ** ex,
        ],
        -1,
    )


def torso_lift(a, y, d):
    """torso_point pushed out along the surface normal by d."""
    e = 1e-4
    pa = torso_point(a + e, y) - torso_point(a - e, y)
    py = torso_point(a, y + e) - torso_point(a, y - e)
    n = normalize(np.cross(py, pa))
    p = torso_point(a, y)
    c = np.stack(
        [
            np.zeros_like(p[..., 0]),
            p[..., 1],
            np.interp(p[..., 1], TORSO_PROFILE[:, 0], TORSO_PROFILE[:, 3]),
        ],
        -1,
    )
    n = np.where(np.sum(n * (p - c), -1, keepdims=True) < 0, -n, n)
    return p + n * d, n


def build_torso(prim: Prim):
    prof = TORSO_PROFILE
    ys = np.concatenate(
        [np.linspace(prof[i, 0], prof[i + 1, 0], 3, endpoint=False) for i in range(len(prof) - 1)]
        + [prof[-1:, 0]]
    )
    prof = np.stack([ys] + [np.interp(ys, prof[:, 0], prof[:, k]) for k in (1, 2, 3)], 1)
    pos, tris, _ = loft(prof, nu=32, power=TORSO_POWER)
    nrm = vertex_normals(pos, tris)
    names, w = torso_weights(pos[:, 1])
    prim.add(pos, toon(DRESS, nrm), tris, skin_blend(names, w))
    prim.add_outline(pos, tris, skin_blend(names, w), 0.0022, DRESS_LINE)
    # the sailor collar: a white V in front, a square flap behind, a pink stripe at its edge
    na, nr = 80, 6
    ang = np.linspace(0, 2 * np.pi, na, endpoint=False)
    yv = np.full(na, 0.80)
    for _ in range(12):  # the V: y = 0.772 + 1.25 |x(y)|
        x = torso_point(ang, yv)[:, 0]
        yv = 0.772 + 1.25 * np.abs(x)
    ytop = 0.887
    front = np.clip((np.sin(ang) + 0.35) / 0.3, 0, 1)
    yb = np.minimum(yv, ytop - 0.006) * front + 0.80 * (1 - front)
    rows = np.linspace(0, 1, nr)
    A = np.repeat(ang[:, None], nr, 1)
    Y = yb[:, None] + (ytop - yb[:, None]) * rows[None, :]
    cp, cn = torso_lift(A, Y, 0.0022)
    cp, cn = cp.reshape(-1, 3), cn.reshape(-1, 3)
    ctris = grid_tris(na, nr, wrap_u=True)
    inside = cp - cn
    ctris = orient(cp, ctris, inside)
    names, w = torso_weights(cp[:, 1])
    sk = skin_blend(names, w)
    prim.add(cp, toon(WHITE, cn), ctris, sk)
    prim.add_outline(cp, ctris, sk, 0.0014, DRESS_LINE)
    Ys = yb[:, None] + np.array([0.0045, 0.0085])[None, :]
    sp, sn = torso_lift(np.repeat(ang[:, None], 2, 1), Ys, 0.0030)
    sp, sn = sp.reshape(-1, 3), sn.reshape(-1, 3)
    stris = orient(sp, grid_tris(na, 2, wrap_u=True), sp - sn)
    names, w = torso_weights(sp[:, 1])
    prim.add(sp, toon(RIBBON, sn), stris, skin_blend(names, w))


def build_bow(
    prim: Prim, center, scale: float, color, joint: str, facing=(0.0, 0.0, 1.0), tails=True
):
    """A ribbon bow: two loops, a knot and (optionally) two tails."""
    center = np.asarray(center, dtype=np.float64)
    fwd = normalize(facing)
    right = normalize(np.cross([0.0, 1.0, 0.0], fwd))
    up = np.cross(fwd, right)
    basis = np.stack([right, up, fwd], 1)
    parts = []
    for sgn in (-1, 1):
        r = rot_z(sgn * 0.25)
        parts.append(
            ellipsoid(
                [sgn * 0.55 * scale, 0.05 * scale, 0],
                [0.55 * scale, 0.36 * scale, 0.16 * scale],
                14,
                9,
                r,
            )
        )
    parts.append(ellipsoid([0, 0, 0.04 * scale], [0.2 * scale, 0.2 * scale, 0.16 * scale], 10, 7))
    if tails:
        for sgn in (-1, 1):
            r = rot_z(sgn * 0.45)
            parts.append(
                ellipsoid(
                    [sgn * 0.25 * scale, -0.5 * scale, -0.02 * scale],
                    [0.13 * scale, 0.45 * scale, 0.06 * scale],
                    10,
                    8,
                    r,
                )
            )
    for p, t, n in parts:
        pw = p @ basis.T + center
        nw = n @ basis.T
        prim.add(pw, toon(color, nw), t, joint)
        prim.add_outline(pw, t, joint, 0.0015, color * 0.45)


def _skirt_rows(y):
    nu = 64
    a = np.linspace(0, 2 * np.pi, nu, endpoint=False)
    r0 = np.interp(y, [0.425, 0.632], [0.168, 0.083])
    pleat = np.abs(((a / (2 * np.pi) * 16) % 1.0) - 0.5) * 2  # 0..1 zigzag, 16 pleats
    amp = np.interp(y, [0.425, 0.632], [0.022, 0.002])
    r = r0[:, None] + amp[:, None] * (pleat[None, :] - 0.5)
    zoff = np.interp(y, [0.425, 0.632], [0.012, 0.0])
    pos = np.stack(
        [
            r * np.sin(a)[None, :],
            np.broadcast_to(y[:, None], r.shape),
            zoff[:, None] + r * np.cos(a)[None, :] * 0.9,
        ],
        -1,
    ).reshape(-1, 3)
    tris = grid_tris(len(y), nu, wrap_v=True)
    tris = orient(pos, tris, np.stack([np.zeros(len(pos)), pos[:, 1], np.zeros(len(pos))], 1))
    return pos, tris


def build_skirt(prim2: Prim):
    bands = [
        (np.linspace(0.632, 0.452, 8), DRESS),
        (np.array([0.452, 0.442]), WHITE),
        (np.array([0.442, 0.437]), RIBBON),
        (np.array([0.437, 0.425]), WHITE),
    ]
    for ys, base in bands:
        pos, tris = _skirt_rows(ys)
        nrm = vertex_normals(pos, tris)
        prim2.add(pos, toon(base, nrm, lo=-0.3, hi=0.3), tris, "Hips")


def limb_profile(prim: Prim, x0, x1, y, z, radii_fn, color, skin_fn, n=14, k=14, outline=None):
    xs = np.linspace(x0, x1, n)
    spine = np.stack([xs, np.full(n, y), np.full(n, z)], 1)
    r = radii_fn(xs)
    hint = np.tile([0.0, 0.0, 1.0], (n, 1))
    pos, tris, inside, _, _ = tube(spine, hint, 2 * r, 2 * r, k=k)
    nrm = normalize(pos - inside)
    col = skin_toon(nrm) if color is None else toon(color, nrm)
    skin = skin_fn(pos)
    prim.add(pos, col, tris, skin)
    if outline is not None:
        prim.add_outline(pos, tris, skin, 0.0018, outline)


ARM_Y = 0.852


def build_arms(prim: Prim):
    for side, tag in ((1, "L"), (-1, "R")):
        ua, la, ha = f"UpperArm_{tag}", f"LowerArm_{tag}", f"Hand_{tag}"
        y = ARM_Y

        def sleeve_r(x):
            ax = np.abs(x)
            return np.interp(
                ax, [0.06, 0.09, 0.13, 0.17, 0.19], [0.026, 0.036, 0.041, 0.036, 0.027]
            )

        def sleeve_skin(p, ua=ua):
            ax = np.abs(p[:, 0])
            b = smoothstep(0.07, 0.105, ax)
            return skin_blend(["Chest", ua], np.stack([1 - b, b], 1))

        limb_profile(
            prim,
            0.06 * side,
            0.178 * side,
            y,
            0.0,
            sleeve_r,
            DRESS,
            sleeve_skin,
            n=11,
            k=16,
            outline=DRESS_LINE,
        )
        limb_profile(
            prim,
            0.178 * side,
            0.193 * side,
            y,
            0.0,
            lambda x: sleeve_r(x) + 0.001,
            WHITE,
            sleeve_skin,
            n=3,
            k=16,
            outline=DRESS_LINE,
        )

        def arm_r(x):
            ax = np.abs(x)
            return np.interp(
                ax, [0.18, 0.26, 0.30, 0.40, 0.43], [0.0205, 0.0185, 0.0185, 0.0155, 0.016]
            )

        def arm_skin(p, ua=ua, la=la, ha=ha):
            ax = np.abs(p[:, 0])
            b1 = smoothstep(0.25, 0.285, ax)
            b2 = smoothstep(0.41, 0.43, ax)
            return skin_blend([ua, la, ha], np.stack([1 - b1, b1 * (1 - b2), b2], 1))

        limb_profile(
            prim,
            0.18 * side,
            0.43 * side,
            y,
            0.0,
            arm_r,
            None,
            arm_skin,
            n=16,
            k=12,
            outline=LINE_SKIN,
        )
        # the hand: a soft mitten with a thumb, palm facing -Y
        hp, ht, hn = ellipsoid([0.458 * side, y, 0.0], [0.036, 0.0155, 0.027], 16, 10)
        prim.add(hp, skin_toon(hn), ht, ha)
        prim.add_outline(hp, ht, ha, 0.0016, LINE_SKIN)
        tp, tt, tn = ellipsoid(
            [0.44 * side, y + 0.002, 0.026], [0.015, 0.0105, 0.009], 10, 7, rot_y(side * 0.75)
        )
        prim.add(tp, skin_toon(tn), tt, ha)
        prim.add_outline(tp, tt, ha, 0.0014, LINE_SKIN)


def build_legs(prim: Prim):
    for side, tag in ((1, "L"), (-1, "R")):
        ul, ll, ft = f"UpperLeg_{tag}", f"LowerLeg_{tag}", f"Foot_{tag}"
        x = 0.055 * side

        def leg_r(y):
            return np.interp(
                y, [0.06, 0.12, 0.22, 0.31, 0.45, 0.60], [0.024, 0.024, 0.034, 0.033, 0.041, 0.047]
            )

        for y0, y1, n, base in (
            (0.60, 0.462, 6, SKIN),
            (0.462, 0.442, 2, ACCENT),
            (0.442, 0.06, 16, SOCK),
        ):
            ys = np.linspace(y0, y1, n)
            r = leg_r(ys) + (0.0012 if base is ACCENT else 0.0)
            spine = np.stack([np.full_like(ys, x), ys, np.zeros_like(ys)], 1)
            hint = np.tile([0.0, 0.0, 1.0], (len(ys), 1))
            pos, tris, inside, _, _ = tube(spine, hint, 2 * r, 2 * r, k=14)
            nrm = normalize(pos - inside)
            col = skin_toon(nrm) if base is SKIN else toon(base, nrm)
            y = pos[:, 1]
            b1 = 1 - smoothstep(0.285, 0.315, y)
            b2 = 1 - smoothstep(0.07, 0.09, y)
            skin = skin_blend([ul, ll, ft], np.stack([1 - b1, b1 * (1 - b2), b2], 1))
            prim.add(pos, col, tris, skin)
            prim.add_outline(pos, tris, skin, 0.0018, LINE_SKIN * 0.9)
        # shoe: a rounded box, sole at y = 0
        nu, nv = 18, 10
        th = np.linspace(0, np.pi, nv)
        ph = np.linspace(0, 2 * np.pi, nu, endpoint=False)
        T, P = np.meshgrid(th, ph, indexing="ij")
        ct, st = np.cos(T), np.sin(T)
        cp, sp = np.cos(P), np.sin(P)
        e = 0.55
        sx = np.sign(st * cp) * np.abs(st * cp) ** e
        sy = np.sign(ct) * np.abs(ct) ** e
        sz = np.sign(st * sp) * np.abs(st * sp) ** e
        pos = np.stack([x + 0.031 * sx, 0.036 + 0.036 * sy, 0.018 + 0.062 * sz], -1).reshape(-1, 3)
        pos[:, 1] = np.maximum(pos[:, 1], 0.0)
        tris = grid_tris(nv, nu, wrap_v=True)
        tris = orient(pos, tris, np.broadcast_to([x, 0.036, 0.018], pos.shape))
        nrm = vertex_normals(pos, tris)
        base = np.broadcast_to(SHOE, pos.shape).copy()
        base = mix(base, hexcol("#3a2550"), smoothstep(0.008, 0.004, pos[:, 1]))
        prim.add(pos, toon(base, nrm), tris, ft)
        prim.add_outline(pos, tris, ft, 0.0018, SHOE * 0.4)


# ---------------------------------------------------------------------------------------
# hair
# ---------------------------------------------------------------------------------------


def hair_color(t, y, nrm, shine=None):
    """Soft pink at the roots and the crown, lavender towards the tips."""
    f = np.clip(0.55 * np.asarray(t) + 0.45 * (1.22 - np.asarray(y)) / 0.5, 0, 1)
    base = mix(HAIR_ROOT, HAIR_TIP, smoothstep(0.1, 0.95, f))
    if shine is not None:
        base = mix(base, HAIR_SHINE, shine)
    return toon(base, nrm, shade=(0.86, 0.74, 0.95), lo=-0.25, hi=0.25)


def hair_hint(spine):
    """Outward direction for a lock: away from the head centre, horizontal once below it."""
    d = np.asarray(spine, dtype=np.float64) - HEAD_C
    d[:, 1] *= smoothstep(-0.16, -0.02, d[:, 1])
    return normalize(d)


def surface_path(dirs, offsets):
    """Points above the head surface along directions `dirs` at the given offsets."""
    d = normalize(dirs)
    return head_point(d) + head_normal(d) * np.asarray(offsets)[:, None]


def slerp_dirs(a, b, n, bend=None):
    a, b = normalize(a), normalize(b)
    t = np.linspace(0, 1, n)[:, None]
    om = np.arccos(np.clip(np.dot(a, b), -1, 1))
    if om < 1e-6:
        return np.repeat(a[None], n, 0)
    d = (np.sin((1 - t) * om) * a + np.sin(t * om) * b) / np.sin(om)
    if bend is not None:
        d = d + np.sin(np.pi * t) * np.asarray(bend)
    return normalize(d)


def add_lock(
    prim: Prim, spine, hint, width, thick, skin, k=9, shine_at=None, lens=0.35, outline=True
):
    pos, tris, inside, tpar, apar = tube(spine, hint, width, thick, k=k, lens=lens)
    nrm = normalize(pos - inside)
    # light spreads across the lock's flat side: push the normal a little towards the hint
    shine = None
    if shine_at is not None:
        c, half = shine_at
        shine = 0.75 * smoothstep(half, 0.0, np.abs(tpar - c)) * (np.cos(apar) * 0.0 + 1.0)
        shine = shine * smoothstep(-0.2, 0.4, nrm @ LIGHT)
    col = hair_color(tpar, pos[:, 1], nrm, shine)
    sk = skin(pos, tpar) if callable(skin) else skin
    prim.add(pos, col, tris, sk)
    if outline:
        prim.add_outline(pos, tris, sk, 0.0017, HAIR_LINE)


def bang_lock(
    prim: Prim, x_tip, y_tip, width, root_dir, gap=0.006, thick=0.014, curl=0.006, n=12, shine=True
):
    """A lock of fringe from near the crown down to (x_tip, y_tip) on the forehead."""
    tip_dir = face_dir(np.array(x_tip), np.array(y_tip))
    dirs = slerp_dirs(np.asarray(root_dir, dtype=np.float64), tip_dir, n)
    t = np.linspace(0, 1, n)
    th = thick * (1 - 0.55 * t**1.5)
    off = gap + th / 2 + curl * t**3
    spine = surface_path(dirs, off)
    hint = head_normal(dirs)
    w = width * (np.clip(1 - t, 0, 1) ** 0.75) * (1 + 0.35 * np.sin(np.pi * np.clip(t * 1.3, 0, 1)))
    w[-1] = 0.0
    add_lock(prim, spine, hint, w, th, "Head", k=9, shine_at=(0.22, 0.09) if shine else None)


def build_hair(prim: Prim):
    # --- the scalp shell: covers the top, sides and back of the head
    nu, nv = 40, 28
    th = np.linspace(0.0, np.pi, nv)
    ph = np.linspace(0.0, 2 * np.pi, nu, endpoint=False)
    T, P = np.meshgrid(th, ph, indexing="ij")
    u = np.stack([np.sin(T) * np.sin(P), np.cos(T), np.sin(T) * np.cos(P)], -1).reshape(-1, 3)
    pos = head_point(u) + head_normal(u) * 0.011
    tris = grid_tris(nv, nu, wrap_v=True)
    tris = orient(pos, tris, np.broadcast_to(HEAD_C, pos.shape))
    ux, uy, uz = u.T
    window = (uz > 0.05) & (uy < 0.50) & (np.abs(ux) < 0.80 + 0.12 * np.clip(-uy, 0, 1))
    keep_v = ~(window | ((uy < -0.55) & (uz > 0.1)) | (uy < -0.95))
    keep = keep_v[tris].all(1)
    used = np.unique(tris[keep])
    remap = -np.ones(len(pos), dtype=np.int64)
    remap[used] = np.arange(len(used))
    pos, tris, uu = pos[used], remap[tris[keep]], u[used]
    nrm = vertex_normals(pos, tris)
    tt = np.clip((0.95 - uu[:, 1]) / 1.5, 0, 1)
    # the "angel ring" highlight around the crown
    ring = smoothstep(
        0.10, 0.0, np.abs(uu[:, 1] - 0.62 - 0.03 * np.sin(np.arctan2(uu[:, 0], uu[:, 2]) * 9))
    )
    ring = ring * smoothstep(-0.1, 0.5, nrm @ LIGHT) * 0.8
    # (no outline: the shell is open at the face, and the locks on top outline it anyway)
    prim.add(pos, hair_color(tt * 0.5, pos[:, 1], nrm, ring), tris, "Head")

    # --- fringe: locks from the crown to the forehead, longer at the sides
    crown = np.array([0.0, 1.0, 0.22])
    bangs = [
        # x_tip, y_tip, width: main locks, then fillers between them
        (0.000, 0.030, 0.066),
        (0.050, 0.052, 0.066),
        (-0.050, 0.050, 0.066),
        (0.096, 0.046, 0.064),
        (-0.096, 0.043, 0.064),
        (0.132, 0.000, 0.058),
        (-0.132, -0.004, 0.058),
        (0.025, 0.040, 0.048),
        (-0.026, 0.036, 0.048),
        (0.073, 0.060, 0.048),
        (-0.074, 0.058, 0.048),
        (0.116, 0.030, 0.046),
        (-0.116, 0.026, 0.046),
    ]
    for k, (x, y, w) in enumerate(bangs):
        root = crown + np.array([x * 1.5, 0.0, 0.0])
        bang_lock(prim, x, y, w, root, gap=0.006 if k < 7 else 0.004, shine=k < 7)
    # side locks framing the face, down past the chin
    for side in (1, -1):
        root = normalize([0.55 * side, 0.75, 0.25])
        mid = normalize([0.93 * side, 0.05, 0.36])
        dirs = slerp_dirs(root, mid, 9)
        off = np.linspace(0.008, 0.014, 9)
        upper = surface_path(dirs, off)
        lower = np.array(
            [
                upper[-1] + [0.006 * side, -0.05, 0.004],
                upper[-1] + [0.010 * side, -0.11, 0.006],
                upper[-1] + [0.004 * side, -0.165, 0.010],
            ]
        )
        spine = catmull(np.vstack([upper[::2], lower]), 18)
        t = np.linspace(0, 1, 18)
        hint = normalize(np.cross([0.0, 1.0, 0.0], [0.0, 0.0, 1.0]) * side + np.array([0, 0, 0.4]))
        hint = np.tile(hint, (18, 1))
        w = 0.036 * (1 - t) ** 0.6 * (1 + 0.3 * np.sin(np.pi * t))
        w[-1] = 0
        th_ = 0.012 * (1 - 0.5 * t)
        add_lock(prim, spine, hint, w, th_, "Head", k=9, shine_at=(0.12, 0.07))
        # a second, thinner lock just behind it
        spine2 = spine + np.array([0.012 * side, 0.0, -0.016])
        spine2[-3:] += np.array([0.004 * side, 0.02, 0.0])
        add_lock(prim, spine2, hint, w * 0.85, th_, "Head", k=9)
        # and one over the ear, between the side lock and the back hair
        root3 = normalize([0.75 * side, 0.6, -0.05])
        mid3 = normalize([1.0 * side, -0.25, -0.12])
        up3 = surface_path(slerp_dirs(root3, mid3, 7), np.linspace(0.012, 0.016, 7))
        low3 = [up3[-1] + [0.006 * side, -0.06, -0.004], up3[-1] + [0.004 * side, -0.12, -0.006]]
        spine3 = catmull(np.vstack([up3[::2], low3]), 14)
        t3 = np.linspace(0, 1, 14)
        w3 = 0.05 * (1 - t3) ** 0.6 * (1 + 0.3 * np.sin(np.pi * t3))
        w3[-1] = 0
        add_lock(prim, spine3, hair_hint(spine3), w3, 0.016 * (1 - 0.5 * t3), "Head", k=9)

    # --- long back hair: a curtain of wide locks hanging behind the shoulders
    n_back = 11
    for i in range(n_back):
        # a = 0 straight behind her, +-100 degrees beside the ears
        a = np.deg2rad(np.interp(i, [0, n_back - 1], [-100.0, 100.0]))
        dir_root = normalize([np.sin(a) * 0.45, 0.85, -0.2 - 0.25 * np.cos(a)])
        dir_mid = normalize([np.sin(a), -0.15, -np.cos(a) - 0.15])
        dirs = slerp_dirs(dir_root, dir_mid, 7)
        upper = surface_path(dirs, np.linspace(0.014, 0.022, 7))
        bottom_y = 0.78 + 0.04 * np.cos(a * 1.3) - 0.025 * (i % 2)
        p_end = upper[-1].copy()
        outward = normalize([p_end[0], 0.0, p_end[2] - HEAD_C[2]])
        low = [
            p_end + outward * 0.012 + [0, -0.09, 0],
            p_end + outward * 0.026 + [0, -0.19, 0],
            np.array([p_end[0] * 1.18, bottom_y, p_end[2] * 0.95 - 0.012]),
        ]
        spine = catmull(np.vstack([upper[::2], low]), 16)
        t = np.linspace(0, 1, 16)
        hint = hair_hint(spine)
        w = 0.088 * (1 - t) ** 0.55 * (1 + 0.2 * np.sin(np.pi * t))
        w[-1] = 0
        th_ = 0.024 * (1 - 0.6 * t)
        add_lock(
            prim, spine, hint, w, th_, "Head", k=10, shine_at=(0.13, 0.06) if i % 2 == 0 else None
        )

    # --- twin tails on spring bones, with bows
    for side, tag in ((1, "L"), (-1, "R")):
        names = [f"HairTail_{tag}_{k}" for k in range(1, 5)]
        pts = np.array([bone_pos(nm) for nm in names])
        ctrl = np.vstack([pts[0] - [0.012 * side, -0.004, 0.0], pts])
        spine = catmull(ctrl, 21)
        t = np.linspace(0, 1, 21)
        # knots: where each joint sits along the spine
        knots = [0.0] + [float(np.argmin(np.linalg.norm(spine - p, axis=1)) / 20) for p in pts[1:3]]

        def tail_skin(p, tp, names=names, knots=knots):
            return skin_blend(names[:3], chain_weights(tp, knots))

        for shift, wmul, phase in (
            (np.zeros(3), 1.0, 0.0),
            (np.array([0.014 * side, 0.0, -0.018]), 0.72, 0.7),
            (np.array([-0.006 * side, 0.0, 0.018]), 0.66, 1.4),
        ):
            s = spine + shift * np.sin(np.pi * np.clip(t * 1.4, 0, 1))[:, None]
            s[:, 0] += 0.006 * side * np.sin(np.pi * t * 2 + phase) * t
            hint = np.tile(normalize([side * 1.0, 0.0, 0.35]), (21, 1))
            w = (
                wmul
                * 0.082
                * np.sin(np.pi * np.clip(0.12 + t * 0.95, 0, 1)) ** 0.8
                * (1 - t) ** 0.35
            )
            w[0] = 0.02
            w[-1] = 0
            th_ = w * 0.8
            add_lock(
                prim,
                s,
                hint,
                w,
                th_,
                tail_skin,
                k=10,
                shine_at=(0.22, 0.08) if wmul == 1.0 else None,
                lens=0.1,
            )
        tie = pts[0] + np.array([-0.004 * side, 0.002, 0.0])
        build_bow(
            prim,
            tie + normalize([side * 1.0, 0.25, 0.2]) * 0.012,
            0.034,
            ACCENT,
            names[0],
            facing=[side * 1.0, 0.15, 0.55],
            tails=True,
        )

    # --- the ahoge: one springy strand on top
    a1, a2, a3 = bone_pos("Ahoge_1"), bone_pos("Ahoge_2"), bone_pos("Ahoge_3")
    spine = catmull(
        [a1 - V(0, 0.01, 0), a1, a2, a3, a3 + V(0.0, -0.022, 0.018), a3 + V(0.0, -0.03, 0.0)], 16
    )
    t = np.linspace(0, 1, 16)
    hint = np.tile([1.0, 0.0, 0.0], (16, 1))
    w = 0.02 * (1 - t) ** 0.6
    w[-1] = 0

    def ahoge_skin(p, tp):
        return skin_blend(["Head", "Ahoge_1", "Ahoge_2"], chain_weights(tp, [0.0, 0.12, 0.5]))

    add_lock(
        prim,
        spine,
        np.cross(normalize(np.gradient(spine, axis=0)), hint),
        w,
        w * 0.6,
        ahoge_skin,
        k=8,
    )

    # --- a little star clip in the fringe
    d = face_dir(np.array([-0.112]), np.array([0.098]))
    c = surface_path(d, [0.024])[0]
    build_star(prim, c, head_normal(d)[0] + [0.0, 0.0, 0.5], 0.018, STAR, "Head")


def build_star(prim: Prim, center, normal, radius, color, joint):
    normal = normalize(normal)
    right = normalize(np.cross([0.0, 1.0, 0.0], normal))
    up = np.cross(normal, right)
    k = np.arange(10)
    ang = np.pi / 2 + k * np.pi / 5
    rr = np.where(k % 2 == 0, radius, radius * 0.45)
    ring = center + (np.cos(ang) * rr)[:, None] * right + (np.sin(ang) * rr)[:, None] * up
    front = center + normal * radius * 0.35
    back = center - normal * radius * 0.15
    pos = np.vstack([ring, front[None], back[None]])
    tris = np.array(
        [[10, i, (i + 1) % 10] for i in range(10)] + [[11, (i + 1) % 10, i] for i in range(10)]
    )
    tris = orient(pos, tris, np.broadcast_to(center, pos.shape))
    nrm = vertex_normals(pos, tris)
    prim.add(pos, toon(color, nrm), tris, joint)
    prim.add_outline(pos, tris, joint, 0.0012, color * 0.55)


def _hair_chains():
    extra = []
    for side, tag in ((1, "L"), (-1, "R")):
        d = TAIL_DIR * np.array([side, 1.0, 1.0])
        tie = head_point(d) + head_normal(d) * 0.02
        p = [
            tie,
            tie + np.array([0.05 * side, -0.075, -0.005]),
            tie + np.array([0.072 * side, -0.2, 0.0]),
            tie + np.array([0.06 * side, -0.37, 0.012]),
        ]
        head = np.array(BONES[4][2])
        parents = ["Head", f"HairTail_{tag}_1", f"HairTail_{tag}_2", f"HairTail_{tag}_3"]
        for k in range(4):
            extra.append(
                (
                    f"HairTail_{tag}_{k + 1}",
                    parents[k],
                    tuple(float(v) for v in np.round(p[k], 5)),
                    None,
                )
            )
        del head
    top = head_point(normalize([0.0, 1.0, 0.12])) + np.array([0.0, 0.009, 0.0])
    extra.append(("Ahoge_1", "Head", tuple(float(v) for v in np.round(top, 5)), None))
    extra.append(
        (
            "Ahoge_2",
            "Ahoge_1",
            tuple(float(v) for v in np.round(top + V(0.003, 0.045, 0.004), 5)),
            None,
        )
    )
    extra.append(
        (
            "Ahoge_3",
            "Ahoge_2",
            tuple(float(v) for v in np.round(top + V(0.02, 0.066, 0.03), 5)),
            None,
        )
    )
    return extra


_register_bones(_hair_chains())


# ---------------------------------------------------------------------------------------
# the face: every feature is drawn in 2D (x, y relative to the head centre), projected
# onto the face and lifted by a small layer offset. Each expression is another 2D
# drawing of the same vertices; the morph target is the difference.
# ---------------------------------------------------------------------------------------

L_SCLERA, L_CREASE, L_IRIS, L_PUPIL, L_HL, L_STAR, L_LID, L_LOWLASH, L_LASH = (
    0.0009,
    0.0011,
    0.0015,
    0.0020,
    0.0025,
    0.0028,
    0.0032,
    0.0036,
    0.0039,
)
L_BROW = 0.0012
L_BLUSH, L_TEAR = 0.0007, 0.0042
L_MOUTH, L_MOUTH_LOW, L_MOUTH_UP = 0.0010, 0.0014, 0.0018

IRIS_TOP = hexcol("#2a1745")
IRIS_MID = hexcol("#7040b0")
IRIS_LOW = hexcol("#c98af2")
IRIS_RIM = hexcol("#251236")
PUPIL = hexcol("#1b0d2a")
LASH = hexcol("#2d1a3f")
LOWLASH = hexcol("#8a5f98")
BROW = hexcol("#8e5491")
MOUTH_LINE = hexcol("#b9426f")
MOUTH_IN = hexcol("#8e2e4f")
TONGUE = hexcol("#f28aa6")
TEETH = hexcol("#ffffff")
BLUSH = hexcol("#f9a3c6")
BLUSH_LINE = hexcol("#ee77a8")
TEAR = hexcol("#9ed8ff")


class Face2D:
    """Collects 2D face features (with per-state 2D positions) for one mesh."""

    def __init__(self):
        self.items = []

    def add(self, xy, col, tris, layer, states=None, mirror=False):
        xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        tris = np.asarray(tris, dtype=np.int64).reshape(-1, 3)
        states = {
            k: np.asarray(v, dtype=np.float64).reshape(-1, 2) for k, v in (states or {}).items()
        }
        if mirror:
            flip = np.array([-1.0, 1.0])
            xy = xy * flip
            states = {k: v * flip for k, v in states.items()}
            tris = tris[:, ::-1]
        self.items.append(
            (
                xy,
                np.broadcast_to(np.asarray(col, dtype=np.float64), (len(xy), 3)),
                tris,
                layer,
                states,
            )
        )

    def emit(self, prim: Prim, joint: str = "Head"):
        for xy, col, tris, layer, states in self.items:
            pos = face_point(xy, layer)
            st = {k: face_point(v, layer) for k, v in states.items()}
            prim.add(pos, col, tris, joint, st)


def ribbon(curve, thick, center=0.0):
    """A strip along a 2D polyline; `center` shifts it across (in units of thickness)."""
    curve = np.asarray(curve, dtype=np.float64)
    tan = np.gradient(curve, axis=0)
    tan = tan / np.maximum(np.linalg.norm(tan, axis=1, keepdims=True), 1e-12)
    nrm = np.stack([-tan[:, 1], tan[:, 0]], 1)
    th = np.asarray(thick, dtype=np.float64)[:, None]
    lo = curve + nrm * th * (center - 0.5)
    hi = curve + nrm * th * (center + 0.5)
    xy = np.stack([lo, hi], 1).reshape(-1, 2)
    return xy, grid_tris(len(curve), 2)


def disc(center, rx, ry, rings, seg, start_angle=0.0):
    """A polar grid ellipse: centre vertex + `rings` rings of `seg` vertices."""
    center = np.asarray(center, dtype=np.float64)
    a = start_angle + np.linspace(0, 2 * np.pi, seg, endpoint=False)
    r = np.linspace(0, 1, rings + 1)[1:]
    pts = [center[None]]
    for rr in r:
        pts.append(center + np.stack([np.cos(a) * rx * rr, np.sin(a) * ry * rr], 1))
    xy = np.vstack(pts)
    tris = [[0, 1 + (i + 1) % seg, 1 + i] for i in range(seg)]
    for k in range(rings - 1):
        o0, o1 = 1 + k * seg, 1 + (k + 1) * seg
        for i in range(seg):
            i1 = (i + 1) % seg
            tris.append([o0 + i, o0 + i1, o1 + i1])
            tris.append([o0 + i, o1 + i1, o1 + i])
    rad = np.concatenate([[0.0], np.repeat(r, seg)])
    ang = np.concatenate([[0.0], np.tile(a, rings)])
    return xy, np.array(tris), rad, ang


# ---- eyes -----------------------------------------------------------------------------

EX, EY, EHW = 0.059, -0.030, 0.026  # eye centre (left eye, +X) and half width
E_IN, E_OUT = -0.0055, 0.0025  # corner heights relative to EY
E_TOP, E_BOT = 0.036, 0.028


def eye_line(s):
    return EY + E_IN + (E_OUT - E_IN) * (np.asarray(s) + 1) / 2


def eye_top(s):
    s = np.clip(s, -1, 1)
    return eye_line(s) + E_TOP * (1 - np.abs(s) ** 2.6) ** 0.55


def eye_bot(s):
    s = np.clip(s, -1, 1)
    return eye_line(s) - E_BOT * (1 - s**2) ** 0.75


def eye_x(s):
    return EX + EHW * np.asarray(s)


def s_of_x(x):
    return np.clip((np.asarray(x) - EX) / EHW, -1, 1)


IRIS_C = np.array([EX + 0.0005, EY + 0.0025])
IRIS_RX, IRIS_RY = 0.0205, 0.0300


def _eye_states(side: int):
    """The shape of the left (side=+1) or right (side=-1) eye for every expression.

    Each state: top/bottom lid curves, an optional lid clip line or collapse line, the
    iris offset (world x!) and scale, the blink lid amount and the sparkle amount.
    """
    top, bot, line = eye_top, eye_bot, eye_line

    def st(**kw):
        base = dict(
            top=top,
            bot=bot,
            clip=None,
            collapse=None,
            dx=0.0,
            dy=0.0,
            scale=1.0,
            lid=0.0,
            star=0.0,
            lash=1.0,
            hl=1.0,
        )
        base.update(kw)
        return base

    close_line = lambda s: 0.55 * bot(s) + 0.45 * line(s) - 0.002  # noqa: E731  the ‿ of a closed eye
    states = {
        "blink": st(lid=1.0, lash_to=close_line, lash=0.8),
        "happy": st(
            collapse=lambda s: line(s) + 0.0025 + 0.0115 * (1 - np.clip(s, -1, 1) ** 2) ** 0.8,
            lash=1.05,
        ),
        "relaxed": st(
            clip=lambda s: line(s) + 0.006 + 0.010 * (1 - np.clip(s, -1, 1) ** 2) ** 0.6, dy=-0.002
        ),
        "sleepy": st(
            clip=lambda s: line(s) - 0.010 + 0.006 * (1 - np.clip(s, -1, 1) ** 2) ** 0.6,
            dy=-0.004,
            lash=1.1,
        ),
        "smug": st(
            clip=lambda s: line(s) + 0.011 + 0.004 * (1 - np.clip(s, -1, 1) ** 2) + 0.002 * s,
            dx=-0.004 * side + 0.0,
            dy=-0.002,
        ),
        "angry": st(
            clip=lambda s: top(s) - 0.019 * ((1 - np.clip(s, -1, 1)) / 2) ** 1.0 - 0.002,
            scale=0.86,
            lash=1.15,
        ),
        "sad": st(
            clip=lambda s: top(s) - 0.011 * ((1 + np.clip(s, -1, 1)) / 2) ** 1.4, dy=-0.002, hl=1.25
        ),
        "surprised": st(
            top=lambda s: top(s) + 0.005 * (1 - np.abs(np.clip(s, -1, 1)) ** 2),
            bot=lambda s: bot(s) - 0.0015 * (1 - np.clip(s, -1, 1) ** 2),
            scale=0.74,
            lash=0.9,
        ),
        "excited": st(
            top=lambda s: top(s) + 0.003 * (1 - np.abs(np.clip(s, -1, 1)) ** 2),
            star=1.0,
            dy=0.001,
            hl=0.0,
        ),
        "shy": st(clip=lambda s: top(s) - 0.006, dy=-0.0055, dx=0.002),
        "thinking": st(dx=-0.0045, dy=0.0055, clip=lambda s: top(s) - (0.004 if side < 0 else 0.0)),
        "lookUp": st(dy=0.0045),
        "lookDown": st(dy=-0.005, clip=lambda s: top(s) - 0.004),
        "lookLeft": st(dx=0.0055),
        "lookRight": st(dx=-0.0055),
    }
    if side > 0:  # her left eye squints when confused, the right one opens wider
        states["confused"] = st(clip=lambda s: top(s) - 0.010 - 0.002 * s, dx=0.003, scale=0.92)
    else:
        states["confused"] = st(
            top=lambda s: top(s) + 0.003 * (1 - np.abs(np.clip(s, -1, 1)) ** 2),
            dx=0.003,
            scale=0.85,
        )
    return states


def _eye_geometry(state, side: int):
    """2D positions of every eye component for one state (fixed topology)."""
    top, bot = state["top"], state["bot"]
    clip, collapse = state["clip"], state["collapse"]
    out = {}

    def settle(xy):
        """Apply lid clip / collapse to points inside the eye."""
        xy = xy.copy()
        s = s_of_x(xy[:, 0])
        if clip is not None:
            xy[:, 1] = np.minimum(xy[:, 1], clip(s))
        if collapse is not None:
            xy[:, 1] = collapse(s)
        return xy

    # sclera: a grid between the lids
    s = np.linspace(-1, 1, 21)
    tt = np.linspace(0, 1, 8)
    S, T = np.meshgrid(s, tt, indexing="ij")
    y = bot(S) + (top(S) - bot(S)) * T
    sclera = np.stack([eye_x(S), y], -1).reshape(-1, 2)
    out["sclera"] = settle(sclera)

    def iris_like(xy0):
        c = IRIS_C + np.array([state["dx"] * side, state["dy"]])
        xy = c + (xy0 - IRIS_C) * state["scale"]
        s_ = s_of_x(xy[:, 0])
        inside = (xy[:, 0] > eye_x(-1)) & (xy[:, 0] < eye_x(1))
        hi = np.where(inside, top(s_) - 0.0006, eye_line(s_))
        lo = np.where(inside, bot(s_) + 0.0006, eye_line(s_))
        xy[:, 1] = np.clip(xy[:, 1], lo, np.maximum(lo, hi))
        return settle(xy)

    iris0, _, _, _ = disc(IRIS_C, IRIS_RX, IRIS_RY, 6, 28)
    out["iris"] = iris_like(iris0)
    pupil0, _, _, _ = disc(IRIS_C + V(0.0, 0.002), 0.0085, 0.0125, 2, 18)
    out["pupil"] = iris_like(pupil0)
    hl_c1 = IRIS_C + np.array([-0.0075 * side, 0.0115])  # highlights: same world side
    hl_c2 = IRIS_C + np.array([0.0075 * side, -0.0125])
    k = state["hl"]
    h1, _, _, _ = disc(hl_c1, 0.0062, 0.0078, 2, 14)
    h2, _, _, _ = disc(hl_c2, 0.0030, 0.0030, 1, 10)
    h1 = hl_c1 + (h1 - hl_c1) * k
    h2 = hl_c2 + (h2 - hl_c2) * k
    out["hl1"] = iris_like(h1)
    out["hl2"] = iris_like(h2)
    # sparkles (excited): four-pointed stars, collapsed to a point unless shown
    star_c = IRIS_C + np.array([0.0, 0.004])
    ang = np.pi / 2 + np.arange(8) * np.pi / 4
    rr = np.where(np.arange(8) % 2 == 0, 0.0125, 0.0042)
    star = np.vstack([star_c, star_c + np.stack([np.cos(ang) * rr, np.sin(ang) * rr * 1.15], 1)])
    star = star_c + (star - star_c) * state["star"]
    small_c = IRIS_C + np.array([-0.0085 * side, -0.011])
    small = np.vstack(
        [small_c, small_c + np.stack([np.cos(ang) * rr * 0.45, np.sin(ang) * rr * 0.45], 1)]
    )
    small = small_c + (small - small_c) * state["star"]
    out["star"] = iris_like(np.vstack([star, small]))
    # the blink lid: skin that slides down from above the lash line
    ls = np.linspace(-1.25, 1.25, 23)
    rows = np.linspace(0, 1, 5)
    LS, R = np.meshgrid(ls, rows, indexing="ij")
    lid_top = eye_top(LS) + 0.011
    lid_bot = lid_top + (eye_bot(LS) - 0.0035 - lid_top) * state["lid"]
    lid_y = lid_top + (lid_bot - lid_top) * R
    out["lid"] = np.stack([EX + EHW * LS, lid_y], -1).reshape(-1, 2)
    # the upper lash line (with a flick at the outer corner)
    s = np.linspace(-1.02, 1.0, 25)
    if state.get("lash_to") is not None:
        lash_y = state["lash_to"](s)
    elif collapse is not None:
        lash_y = collapse(np.clip(s, -1, 1))
    elif clip is not None:
        lash_y = np.minimum(clip(np.clip(s, -1, 1)), top(s))
    else:
        lash_y = top(s)
    th = (0.0016 + 0.0040 * smoothstep(-1.0, 0.1, s) * (1 - 0.3 * smoothstep(0.6, 1.0, s))) * state[
        "lash"
    ]
    curve = np.stack([eye_x(s), lash_y], 1)
    lash_xy, _ = ribbon(curve, th, center=0.3)
    end_lo, end_hi = lash_xy[-2], lash_xy[-1]
    flick = np.array(
        [
            eye_x(1.0) + 0.0075,
            lash_y[-1] + 0.0055 * (1.0 if state["lid"] == 0 and collapse is None else 0.2),
        ]
    )
    out["lash"] = np.vstack([lash_xy, flick[None]])
    del end_lo, end_hi
    # lower lash: a short line near the outer corner
    s2 = np.linspace(0.3, 1.0, 9)
    if collapse is not None:
        low_y = collapse(s2)
    elif state.get("lash_to") is not None:
        low_y = state["lash_to"](s2)
    else:
        low_y = bot(s2)
        if clip is not None:
            low_y = np.minimum(low_y, clip(s2))
    th2 = 0.0011 * smoothstep(0.3, 0.55, s2) * (1 - 0.3 * smoothstep(0.85, 1.0, s2))
    low_xy, _ = ribbon(np.stack([eye_x(s2), low_y], 1), th2, center=-0.2)
    out["lowlash"] = low_xy
    # the eyelid crease: a faint line above the eye (covered by the lid when blinking)
    s3 = np.linspace(-0.25, 0.9, 10)
    cr_y = eye_top(s3) + 0.0068 + (0.002 if state["top"] is not top else 0.0)
    crease, _ = ribbon(
        np.stack([eye_x(s3), cr_y], 1), 0.0007 * np.sin(np.pi * np.linspace(0.05, 0.95, 10))
    )
    out["crease"] = crease
    return out


def build_eye(side: int) -> Face2D:
    """One eye (side=+1: her left eye at +X). Built for the left eye, mirrored for the right."""
    face = Face2D()
    rest = dict(
        top=eye_top,
        bot=eye_bot,
        clip=None,
        collapse=None,
        dx=0.0,
        dy=0.0,
        scale=1.0,
        lid=0.0,
        star=0.0,
        lash=1.0,
        hl=1.0,
    )
    g0 = _eye_geometry(rest, side)
    states = _eye_states(side)
    geo = {name: _eye_geometry(stt, side) for name, stt in states.items()}
    mirror = side < 0

    def st(part):
        return {
            name: g[part]
            for name, g in geo.items()
            if not np.allclose(g[part], g0[part], atol=1e-7)
        }

    # sclera: white, shadowed under the lash
    T = np.tile(np.linspace(0, 1, 8), 21)
    col = mix(WHITE, hexcol("#d9cdef"), smoothstep(0.55, 1.0, T))
    face.add(g0["sclera"], col, grid_tris(21, 8), L_SCLERA, st("sclera"), mirror)
    # iris: dark at the top, glowing violet-pink at the bottom, with a dark rim
    _, tris, rad, ang = disc(IRIS_C, IRIS_RX, IRIS_RY, 6, 28)
    v = np.sin(ang) * rad
    c = mix(IRIS_LOW, IRIS_MID, smoothstep(-0.9, 0.0, v))
    c = mix(c, IRIS_TOP, smoothstep(-0.1, 0.75, v))
    c = mix(c, IRIS_RIM, smoothstep(0.78, 1.0, rad))
    face.add(g0["iris"], c, tris, L_IRIS, st("iris"), mirror)
    _, tris, rad, _ = disc(IRIS_C, 1, 1, 2, 18)
    face.add(
        g0["pupil"],
        mix(PUPIL, hexcol("#3a1f55"), smoothstep(0.5, 1.0, rad)),
        tris,
        L_PUPIL,
        st("pupil"),
        mirror,
    )
    _, tris, _, _ = disc(IRIS_C, 1, 1, 2, 14)
    face.add(g0["hl1"], WHITE, tris, L_HL, st("hl1"), mirror)
    _, tris, _, _ = disc(IRIS_C, 1, 1, 1, 10)
    face.add(g0["hl2"], hexcol("#fff2fb"), tris, L_HL, st("hl2"), mirror)
    star_tris = np.array([[0, i + 1, (i + 1) % 8 + 1] for i in range(8)])
    star_tris = np.vstack([star_tris, star_tris + 9])
    star_col = np.vstack(
        [
            [hexcol("#ffffff")],
            np.tile(hexcol("#fff1a8"), (8, 1)),
            [hexcol("#ffffff")],
            np.tile(hexcol("#ffe9f6"), (8, 1)),
        ]
    )
    face.add(g0["star"], star_col, star_tris, L_STAR, st("star"), mirror)
    # the lid takes the colour the skin has at that spot
    lid = g0["lid"]
    lx = lid[:, 0] * (-1 if mirror else 1)
    lid_col = skin_toon(face_normal(lx, lid[:, 1]))
    face.add(lid, lid_col, grid_tris(23, 5), L_LID, st("lid"), mirror)
    crease_tris = grid_tris(10, 2)
    face.add(g0["crease"], hexcol("#e8a9ae"), crease_tris, L_CREASE, st("crease"), mirror)
    lash_tris = np.vstack([grid_tris(25, 2), [[48, 49, 50]]])
    lash_col = np.vstack([np.tile(LASH, (50, 1)), [LASH]])
    face.add(g0["lash"], lash_col, lash_tris, L_LASH, st("lash"), mirror)
    face.add(g0["lowlash"], LOWLASH, grid_tris(9, 2), L_LOWLASH, st("lowlash"), mirror)
    return face


# ---- brows ----------------------------------------------------------------------------

BROW_X, BROW_Y, BROW_HW = 0.060, 0.034, 0.021

BROW_STATES = {
    # name: (left, right) with (dy, arch, tilt, inner); tilt > 0 lifts the outer end
    "angry": ((-0.003, 0.0005, 0.004, -0.009), None),
    "sad": ((0.001, 0.002, -0.004, 0.008), None),
    "surprised": ((0.009, 0.006, 0.0, 0.0), None),
    "happy": ((0.004, 0.005, 0.0, 0.0), None),
    "relaxed": ((-0.0015, 0.003, -0.001, 0.002), None),
    "neutral": ((0.0, 0.0015, 0.0, 0.0), None),
    "smug": ((0.005, 0.005, 0.002, 0.0), (-0.002, 0.002, 0.003, -0.005)),
    "shy": ((0.0, 0.002, -0.003, 0.006), None),
    "excited": ((0.007, 0.005, 0.001, 0.0), None),
    "confused": ((-0.002, 0.002, 0.002, -0.005), (0.008, 0.006, 0.0, 0.0)),
    "sleepy": ((-0.004, 0.001, -0.001, 0.002), None),
    "thinking": ((-0.001, 0.002, 0.002, -0.003), (0.009, 0.006, 0.0, 0.0)),
}
BROW_REST = (0.0, 0.0035, -0.002, 0.0)


def _brow_curve(params):
    dy, arch, tilt, inner = params
    s = np.linspace(-1, 1, 13)
    y = BROW_Y + dy + arch * (1 - s**2) + tilt * s + inner * ((1 - s) / 2) ** 1.5
    x = BROW_X + BROW_HW * s
    th = (
        0.0040
        * (1 - 0.5 * (s + 1) / 2)
        * (0.6 + 0.4 * np.sin(np.pi * np.clip((s + 1.15) / 2.3, 0, 1)))
    )
    xy, tris = ribbon(np.stack([x, y], 1), th)
    return xy, tris


def build_brows() -> Face2D:
    face = Face2D()
    for side in (1, -1):
        rest_xy, tris = _brow_curve(BROW_REST)
        states = {}
        for name, (left, right) in BROW_STATES.items():
            p = left if side > 0 or right is None else right
            xy, _ = _brow_curve(p)
            states[name] = xy
        face.add(rest_xy, BROW, tris, L_BROW, states, mirror=side < 0)
    return face


# ---- mouth ----------------------------------------------------------------------------

MY = -0.097  # mouth height relative to the head centre
NSM = 21


def _m(cx=0.0, hw=0.0115, up=None, low=None, teeth=0.0, tongue=0.62, th=0.0021, th_low=0.0010):
    return dict(cx=cx, hw=hw, up=up, low=low, teeth=teeth, tongue=tongue, th=th, th_low=th_low)


def _sq(s, p=0.5):
    return np.clip(1 - s**2, 0, 1) ** p


def _mouth_states():
    y0 = MY
    closed = lambda f: _m  # noqa: E731
    del closed
    st = {
        "rest": _m(
            up=lambda s: y0 + 0.0045 * s**2 - 0.001, low=lambda s: y0 + 0.0045 * s**2 - 0.001
        ),
        "aa": _m(
            hw=0.0175,
            up=lambda s: y0 + 0.005 + 0.0025 * s**2,
            low=lambda s: y0 + 0.005 + 0.0025 * s**2 - 0.029 * _sq(s, 0.7),
            teeth=0.1,
            tongue=0.62,
            th=0.0018,
        ),
        "ih": _m(
            hw=0.0195,
            up=lambda s: y0 + 0.002 + 0.003 * s**2,
            low=lambda s: y0 + 0.002 + 0.003 * s**2 - 0.009 * _sq(s, 0.55),
            teeth=0.5,
            tongue=1.0,
            th=0.0017,
        ),
        "ou": _m(
            hw=0.0085,
            up=lambda s: y0 - 0.001 + 0.006 * _sq(s),
            low=lambda s: y0 - 0.001 - 0.0085 * _sq(s),
            teeth=0.0,
            tongue=0.8,
            th=0.0019,
        ),
        "ee": _m(
            hw=0.0185,
            up=lambda s: y0 + 0.003 + 0.002 * s**2 + 0.002 * _sq(s),
            low=lambda s: y0 + 0.003 + 0.002 * s**2 - 0.014 * _sq(s, 0.7),
            teeth=0.32,
            tongue=0.78,
            th=0.0017,
        ),
        "oh": _m(
            hw=0.0120,
            up=lambda s: y0 + 0.002 + 0.008 * _sq(s),
            low=lambda s: y0 + 0.002 - 0.017 * _sq(s),
            teeth=0.0,
            tongue=0.7,
            th=0.0018,
        ),
        "happy": _m(
            hw=0.0195,
            up=lambda s: y0 + 0.006 + 0.007 * s**2,
            low=lambda s: y0 + 0.006 + 0.007 * s**2 - 0.019 * _sq(s, 0.8),
            teeth=0.0,
            tongue=0.52,
            th=0.0018,
        ),
        "angry": _m(
            hw=0.0145,
            up=lambda s: y0 - 0.002 - 0.0045 * s**2 + 0.001 * _sq(s),
            low=lambda s: y0 - 0.002 - 0.0045 * s**2 - 0.006 * _sq(s, 0.6),
            teeth=0.65,
            tongue=1.0,
            th=0.0021,
        ),
        "sad": _m(
            hw=0.0120,
            up=lambda s: y0 - 0.001 - 0.0055 * s**2 + 0.0025,
            low=lambda s: y0 - 0.001 - 0.0055 * s**2 + 0.0025,
        ),
        "relaxed": _m(
            hw=0.0150,
            up=lambda s: y0 + 0.0065 * s**2 - 0.001,
            low=lambda s: y0 + 0.0065 * s**2 - 0.001 - 0.0025 * _sq(s, 0.8),
            tongue=0.4,
        ),
        "surprised": _m(
            hw=0.0090,
            up=lambda s: y0 + 0.001 + 0.0075 * _sq(s),
            low=lambda s: y0 + 0.001 - 0.013 * _sq(s),
            teeth=0.0,
            tongue=0.75,
            th=0.0019,
        ),
        "neutral": _m(hw=0.0110, up=lambda s: y0 + 0.0008 * s**2, low=lambda s: y0 + 0.0008 * s**2),
        "smug": _m(
            cx=0.003,
            hw=0.0135,
            up=lambda s: y0 + 0.008 * ((s + 1) / 2) ** 2.4 - 0.0015 + 0.0012 * s**2,
            low=lambda s: y0 + 0.008 * ((s + 1) / 2) ** 2.4 - 0.0015 + 0.0012 * s**2,
            th=0.0022,
        ),
        "shy": _m(
            hw=0.0090,
            up=lambda s: y0 - 0.002 + 0.0014 * np.sin(np.pi * s * 1.5),
            low=lambda s: y0 - 0.002 + 0.0014 * np.sin(np.pi * s * 1.5),
            th=0.0019,
        ),
        "excited": _m(
            hw=0.0215,
            up=lambda s: y0 + 0.007 + 0.008 * s**2,
            low=lambda s: y0 + 0.007 + 0.008 * s**2 - 0.026 * _sq(s, 0.8),
            teeth=0.12,
            tongue=0.55,
            th=0.0018,
        ),
        "confused": _m(
            hw=0.0140,
            up=lambda s: y0 - 0.001 + 0.0028 * np.sin(np.pi * s * 1.6 + 0.3),
            low=lambda s: y0 - 0.001 + 0.0028 * np.sin(np.pi * s * 1.6 + 0.3),
            th=0.0020,
        ),
        "sleepy": _m(
            hw=0.0060,
            up=lambda s: y0 - 0.003 + 0.0035 * _sq(s),
            low=lambda s: y0 - 0.003 - 0.0045 * _sq(s),
            tongue=0.7,
            th=0.0017,
        ),
        "thinking": _m(
            cx=-0.008,
            hw=0.0085,
            up=lambda s: y0 - 0.0025 + 0.0022 * s + 0.0012 * s**2,
            low=lambda s: y0 - 0.0025 + 0.0022 * s + 0.0012 * s**2 - 0.0018 * _sq(s, 0.8),
            th=0.0021,
            tongue=0.5,
        ),
    }
    return st


MOUTH_SCALE = 1.2


def _mouth_geometry(m):
    s = np.linspace(-1, 1, NSM)
    x = m["cx"] + m["hw"] * s * MOUTH_SCALE
    U = MY + (m["up"](s) - MY) * MOUTH_SCALE
    L = MY + (m["low"](s) - MY) * MOUTH_SCALE
    T = U + m["teeth"] * (L - U)
    M = U + (m["tongue"] + (1 - m["tongue"]) * 0.45 * s**2) * (L - U)
    M = (
        np.maximum(np.minimum(M, U), L)
        if False
        else U + np.clip((M - U) / np.where(np.abs(L - U) < 1e-9, 1, (L - U)), 0, 1) * (L - U)
    )
    bands = []
    for a, b in ((U, T), (T, M), (M, L)):
        bands.append(np.stack([np.stack([x, a], 1), np.stack([x, b], 1)], 1).reshape(-1, 2))
    upper_th = m["th"] * (0.5 + 0.5 * _sq(s, 0.5))
    up_xy, _ = ribbon(np.stack([x, U], 1), upper_th, center=0.15)
    low_xy, _ = ribbon(np.stack([x, L], 1), m["th_low"] * _sq(s, 0.6), center=-0.2)
    return {"teeth": bands[0], "inside": bands[1], "tongue": bands[2], "up": up_xy, "low": low_xy}


def build_mouth() -> Face2D:
    face = Face2D()
    states = _mouth_states()
    g0 = _mouth_geometry(states.pop("rest"))
    geo = {k: _mouth_geometry(v) for k, v in states.items()}

    def st(part):
        return {
            name: g[part]
            for name, g in geo.items()
            if not np.allclose(g[part], g0[part], atol=1e-7)
        }

    band = grid_tris(NSM, 2)
    face.add(g0["teeth"], TEETH, band, L_MOUTH, st("teeth"))
    face.add(g0["inside"], MOUTH_IN, band, L_MOUTH, st("inside"))
    face.add(g0["tongue"], TONGUE, band, L_MOUTH, st("tongue"))
    face.add(g0["low"], hexcol("#d36a8a"), band, L_MOUTH_LOW, st("low"))
    face.add(g0["up"], MOUTH_LINE, band, L_MOUTH_UP, st("up"))
    # a tiny nose
    nose, tris, rad, _ = disc([0.0, -0.064], 0.0026, 0.0017, 2, 12)
    face.add(nose, mix(hexcol("#efb2ab"), SKIN, smoothstep(0.5, 1.0, rad) * 0.6), tris, L_MOUTH)
    return face


# ---- blush, tears and the little cartoon marks ----------------------------------------


def _collapsed(xy, anchor):
    return np.broadcast_to(np.asarray(anchor, dtype=np.float64), xy.shape).copy()


def build_fx(prim: Prim):
    face = Face2D()
    for side in (1, -1):
        c = np.array([0.084, -0.071])
        xy, tris, rad, _ = disc(c, 0.024, 0.0105, 3, 24)
        skin_here = skin_toon(face_normal(xy[:, 0] * side, xy[:, 1]))
        col = mix(BLUSH, skin_here, smoothstep(0.55, 1.0, rad))
        face.add(_collapsed(xy, c), col, tris, L_BLUSH, {"blush": xy}, mirror=side < 0)
        for k in range(3):
            x0 = c[0] - 0.0095 + k * 0.0085
            seg = np.array([[x0 + 0.0022, c[1] + 0.0042], [x0 - 0.0022, c[1] - 0.0042]])
            seg = np.stack(
                [np.linspace(seg[0, 0], seg[1, 0], 3), np.linspace(seg[0, 1], seg[1, 1], 3)], 1
            )
            lxy, ltris = ribbon(seg, np.array([0.0008, 0.0012, 0.0008]))
            face.add(
                _collapsed(lxy, c),
                BLUSH_LINE,
                ltris,
                L_BLUSH + 0.0002,
                {"blush": lxy},
                mirror=side < 0,
            )
        # a tear at the outer corner of each eye
        top = np.array([eye_x(0.85), eye_bot(0.85) - 0.001])
        a = np.linspace(0, 2 * np.pi, 16, endpoint=False)
        r = 0.0058
        drop = np.stack(
            [
                np.sin(a) * r * np.sqrt(np.clip((1 - np.cos(a)) / 2, 0, 1)),
                -0.0105 + np.cos(a) * 0.0105,
            ],
            1,
        )
        xy = np.vstack([top + V(-0.001, -0.014), top + drop])
        tris = np.array([[0, 1 + i, 1 + (i + 1) % 16] for i in range(16)])
        col = np.vstack([[hexcol("#e8f7ff")], np.tile(TEAR, (16, 1))])
        face.add(_collapsed(xy, top), col, tris, L_TEAR, {"tears": xy}, mirror=side < 0)
    face.emit(prim)
    # floating marks, drawn in a plane in front of the hair
    # a sweat drop (confused) beside her left temple
    d = normalize([-0.82, 0.26, 0.52])
    c = head_point(d) + head_normal(d) * 0.05
    a = np.linspace(0, 2 * np.pi, 20, endpoint=False)
    px = 0.011 * np.sin(a) * np.sqrt(np.clip((1 - np.cos(a)) / 2, 0, 1))
    py = -0.013 + 0.013 * np.cos(a)
    outline = np.stack([px, py], 1)
    inner = outline * 0.78 + [0.0, -0.003]
    pts2 = 1.4 * np.vstack(
        [[0.0, -0.016], outline, inner, [[-0.003, -0.019], [-0.0048, -0.014], [-0.002, -0.021]]]
    )
    tris = [[0, 1 + i, 1 + (i + 1) % 20] for i in range(20)]
    tris_in = [[0, 21 + i, 21 + (i + 1) % 20] for i in range(20)]
    hl_tris = [[41, 42, 43]]
    z_off = np.concatenate([[0.0005], np.zeros(20), np.full(20, 0.001), np.full(3, 0.0015)])
    col = np.vstack(
        [
            [hexcol("#bfe6ff")],
            np.tile(hexcol("#4f97d6"), (20, 1)),
            np.tile(hexcol("#a6dcff"), (20, 1)),
            np.tile(WHITE, (3, 1)),
        ]
    )
    pos = np.stack([c[0] + pts2[:, 0], c[1] + pts2[:, 1], c[2] + z_off], 1)
    # the outline ring sits behind the fill: draw fill as a smaller fan on top
    tris_all = np.array(tris + tris_in + hl_tris)
    pos_rest = np.broadcast_to(c, pos.shape).copy()
    prim.add(pos_rest, col, tris_all, "Head", {"sweat": pos})
    # an anger mark (angry) on the other side of the head
    d = normalize([0.62, 0.5, 0.6])
    c = head_point(d) + head_normal(d) * 0.05
    pieces = []
    for q in range(4):
        rot = q * np.pi / 2 + np.pi / 4
        t = np.linspace(-0.55, 0.55, 7)
        r = 0.0095 + 0.004 * np.cos(t * np.pi)
        ang = rot + t
        curve = np.stack([np.cos(ang) * r, np.sin(ang) * r], 1)
        # bulge inward: the classic cross-popping vein shape
        curve = (
            curve
            - normalize(np.stack([np.cos(ang), np.sin(ang)], 1))
            * (0.0045 * np.cos(t * np.pi / 1.1))[:, None]
        )
        xy, rt = ribbon(curve, 0.0032 * np.sin(np.pi * np.linspace(0.08, 0.92, 7)) + 0.0006)
        pieces.append((xy, rt))
    off = 0
    allxy, alltris = [], []
    for xy, rt in pieces:
        allxy.append(xy)
        alltris.append(rt + off)
        off += len(xy)
    xy = np.vstack(allxy) * 1.7
    pos = np.stack([c[0] + xy[:, 0], c[1] + xy[:, 1], np.full(len(xy), c[2])], 1)
    prim.add(
        np.broadcast_to(c, pos.shape).copy(),
        hexcol("#e8385a"),
        np.vstack(alltris),
        "Head",
        {"anger": pos},
    )


# ---------------------------------------------------------------------------------------
# expressions
# ---------------------------------------------------------------------------------------

EMOTIONS = ["happy", "angry", "sad", "relaxed", "surprised", "neutral"]
CUSTOM = ["smug", "shy", "excited", "confused", "sleepy", "thinking"]
VISEMES = ["aa", "ih", "ou", "ee", "oh"]
LOOKS = ["lookUp", "lookDown", "lookLeft", "lookRight"]
FX_FOR = {
    "happy": [("blush", 0.55)],
    "relaxed": [("blush", 0.35)],
    "shy": [("blush", 1.0)],
    "excited": [("blush", 0.7)],
    "smug": [("blush", 0.25)],
    "sad": [("tears", 1.0)],
    "angry": [("anger", 1.0)],
    "confused": [("sweat", 1.0)],
}
# expressions that close or clip the eyes themselves: blinking (and gaze) fade out under them
CLOSES_EYES = {"happy", "relaxed", "sleepy", "smug"}


# ---------------------------------------------------------------------------------------
# GLB writer
# ---------------------------------------------------------------------------------------


class GLB:
    def __init__(self):
        self.bin = bytearray()
        self.views: list[dict] = []
        self.accessors: list[dict] = []

    def _view(self, data: bytes, target=None) -> int:
        while len(self.bin) % 4:
            self.bin.append(0)
        v = {"buffer": 0, "byteOffset": len(self.bin), "byteLength": len(data)}
        if target is not None:
            v["target"] = target
        self.bin.extend(data)
        self.views.append(v)
        return len(self.views) - 1

    def accessor(
        self, arr, ctype: int, atype: str, normalized=False, minmax=False, target=None
    ) -> int:
        arr = np.ascontiguousarray(arr)
        view = self._view(arr.tobytes(), target)
        n = arr.shape[0]
        acc = {"bufferView": view, "componentType": ctype, "count": int(n), "type": atype}
        if normalized:
            acc["normalized"] = True
        if minmax:
            flat = arr.reshape(n, -1)
            acc["min"] = [float(v) for v in flat.min(0)]
            acc["max"] = [float(v) for v in flat.max(0)]
        self.accessors.append(acc)
        return len(self.accessors) - 1

    def sparse_vec3(self, delta: np.ndarray) -> int:
        """A morph target as a sparse accessor when few vertices move, dense otherwise."""
        d = delta.astype(np.float32)
        moved = np.nonzero(np.any(d != 0, axis=1))[0]
        n = len(d)
        if len(moved) > n * 0.6:
            return self.accessor(d, 5126, "VEC3", minmax=True, target=34962)
        acc = {"componentType": 5126, "count": int(n), "type": "VEC3"}
        full = d if len(moved) else np.zeros((1, 3), np.float32)
        acc["min"] = [float(v) for v in np.minimum(full.min(0), 0)]
        acc["max"] = [float(v) for v in np.maximum(full.max(0), 0)]
        if len(moved):
            itype = 5123 if n < 65536 else 5125
            idx = moved.astype(np.uint16 if itype == 5123 else np.uint32)
            acc["sparse"] = {
                "count": len(moved),
                "indices": {"bufferView": self._view(idx.tobytes()), "componentType": itype},
                "values": {"bufferView": self._view(np.ascontiguousarray(d[moved]).tobytes())},
            }
        self.accessors.append(acc)
        return len(self.accessors) - 1


def _quant_weights(w):
    """Weights as normalized unsigned bytes that sum to exactly 255."""
    q = np.floor(w * 255.0 + 1e-9).astype(np.int64)
    rest = 255 - q.sum(1)
    frac = w * 255.0 - q
    order = np.argsort(-frac, axis=1, kind="stable")
    for k in range(4):
        add = rest > 0
        rows = np.nonzero(add)[0]
        q[rows, order[rows, k]] += 1
        rest = rest - add
    return q.astype(np.uint8)


def build_model():
    """Build all geometry. Returns (meshes, skinned joint list)."""
    meshes = []  # (node name, mesh name, [prims], first person type)

    body, skirt = Prim(), Prim(double_sided=True)
    build_head(body)
    build_neck(body)
    build_torso(body)
    build_arms(body)
    build_legs(body)
    build_skirt(skirt)
    chest_front = np.array([0.0, 0.772, 0.077])
    build_bow(body, chest_front, 0.032, RIBBON, "Chest")
    meshes.append(("Body", "Body", [body, skirt], "auto"))

    hair = Prim()
    build_hair(hair)
    meshes.append(("Hair", "Hair", [hair], "thirdPersonOnly"))

    for side, name in ((1, "Face_EyeL"), (-1, "Face_EyeR")):
        p = Prim(double_sided=True)
        build_eye(side).emit(p)
        meshes.append((name, name, [p], "thirdPersonOnly"))
    p = Prim(double_sided=True)
    build_brows().emit(p)
    meshes.append(("Face_Brows", "Face_Brows", [p], "thirdPersonOnly"))
    p = Prim(double_sided=True)
    build_mouth().emit(p)
    meshes.append(("Face_Mouth", "Face_Mouth", [p], "thirdPersonOnly"))
    p = Prim(double_sided=True)
    build_fx(p)
    meshes.append(("Face_FX", "Face_FX", [p], "thirdPersonOnly"))
    return meshes


def _expression_table(mesh_nodes: dict[str, int], mesh_targets: dict[str, list[str]]):
    def binds(names_weights):
        out = []
        for node_name, target, weight in names_weights:
            tl = mesh_targets[node_name]
            if target in tl:
                out.append(
                    {"node": mesh_nodes[node_name], "index": tl.index(target), "weight": weight}
                )
        return out

    face_nodes = ["Face_EyeL", "Face_EyeR", "Face_Brows", "Face_Mouth"]

    def expr(name, extra=(), override_blink="none", override_look="none"):
        b = binds([(n, name, 1.0) for n in face_nodes] + [("Face_FX", t, w) for t, w in extra])
        return {
            "morphTargetBinds": b,
            "isBinary": False,
            "overrideBlink": override_blink,
            "overrideLookAt": override_look,
            "overrideMouth": "none",
        }

    preset = {}
    for v in VISEMES:
        preset[v] = expr(v)
    preset["blink"] = expr("blink")
    preset["blinkLeft"] = {
        **expr("blink"),
        "morphTargetBinds": binds([("Face_EyeL", "blink", 1.0)]),
    }
    preset["blinkRight"] = {
        **expr("blink"),
        "morphTargetBinds": binds([("Face_EyeR", "blink", 1.0)]),
    }
    for e in EMOTIONS:
        closes = e in CLOSES_EYES
        preset[e] = expr(
            e, FX_FOR.get(e, ()), "blend" if closes else "none", "blend" if closes else "none"
        )
    for lk in LOOKS:
        preset[lk] = expr(lk)
    custom = {}
    for e in CUSTOM:
        closes = e in CLOSES_EYES
        custom[e] = expr(
            e, FX_FOR.get(e, ()), "blend" if closes else "none", "blend" if closes else "none"
        )
    return {"preset": preset, "custom": custom}


HIP_Y, LEG_SCALE = 0.56, 0.80


def squash_legs(p):
    """Shorten everything below the hips (chibi proportions); the rest moves down rigidly."""
    p = np.array(p, dtype=np.float64)
    y = p[..., 1]
    p[..., 1] = np.where(y < HIP_Y, y * LEG_SCALE, y - HIP_Y * (1 - LEG_SCALE))
    return p


def _color_accessor(g: GLB, col, fine: bool) -> int:
    """Linear vertex colours: 16-bit on the small face meshes (dark gradients), 8-bit elsewhere."""
    lin = srgb_to_linear(col)
    if fine:
        q = np.hstack([np.round(lin * 65535.0), np.full((len(col), 1), 65535.0)]).astype(np.uint16)
        return g.accessor(q, 5123, "VEC4", normalized=True, target=34962)
    q = np.hstack([np.round(lin * 255.0), np.full((len(col), 1), 255.0)]).astype(np.uint8)
    return g.accessor(q, 5121, "VEC4", normalized=True, target=34962)


def build_glb() -> bytes:
    meshes = build_model()
    for _, _, prims, _ in meshes:
        for prim in prims:
            for c in prim.chunks:
                c["pos"] = squash_legs(c["pos"])
                c["states"] = {k: squash_legs(v) for k, v in c["states"].items()}
    bone_world = {b[0]: squash_legs(np.round(np.array(b[2]), 5)) for b in BONES}
    g = GLB()
    nodes: list[dict] = [{"name": "Root", "children": [1]}]
    # bones: node index = 1 + bone index
    for name, parent, _, _ in BONES:
        node = {"name": name}
        pp = bone_world[parent] if parent else np.zeros(3)
        t = np.round(bone_world[name] - pp, 5)
        if np.any(t != 0):
            node["translation"] = [float(v) for v in t]
        kids = [1 + c for c, b in enumerate(BONES) if b[1] == name]
        if kids:
            node["children"] = kids
        nodes.append(node)
    # skin: every bone is a joint; inverse bind matrices are pure translations
    ibm = np.zeros((len(BONES), 16), np.float32)
    for k, b in enumerate(BONES):
        m = np.eye(4, dtype=np.float64)
        m[:3, 3] = -bone_world[b[0]]
        ibm[k] = m.T.reshape(-1)  # column-major
    ibm_acc = g.accessor(ibm, 5126, "MAT4")
    skins = [
        {
            "name": "NeiriSkin",
            "inverseBindMatrices": ibm_acc,
            "joints": [1 + k for k in range(len(BONES))],
            "skeleton": 1,
        }
    ]

    materials = [
        {
            "name": "Neiri_Toon",
            "pbrMetallicRoughness": {
                "baseColorFactor": [1.0, 1.0, 1.0, 1.0],
                "metallicFactor": 0.0,
                "roughnessFactor": 1.0,
            },
            "extensions": {"KHR_materials_unlit": {}},
        },
        {
            "name": "Neiri_Toon_DoubleSided",
            "pbrMetallicRoughness": {
                "baseColorFactor": [1.0, 1.0, 1.0, 1.0],
                "metallicFactor": 0.0,
                "roughnessFactor": 1.0,
            },
            "doubleSided": True,
            "extensions": {"KHR_materials_unlit": {}},
        },
    ]
    gl_meshes = []
    mesh_nodes: dict[str, int] = {}
    mesh_targets: dict[str, list[str]] = {}
    first_person = []
    scene_nodes = [0]
    for node_name, mesh_name, prims, fp in meshes:
        names = prims[0].target_names() if len(prims) == 1 else []
        gl_prims = []
        for prim in prims:
            pos, col, tris, jj, ww, targets = prim.arrays(names)
            pos32 = np.round(pos, 5).astype(np.float32)
            w8 = _quant_weights(ww)
            prim_json = {
                "attributes": {
                    "POSITION": g.accessor(pos32, 5126, "VEC3", minmax=True, target=34962),
                    "COLOR_0": _color_accessor(g, col, fine=node_name.startswith("Face_")),
                    "JOINTS_0": g.accessor(
                        np.where(w8 > 0, jj, 0).astype(np.uint8), 5121, "VEC4", target=34962
                    ),
                    "WEIGHTS_0": g.accessor(w8, 5121, "VEC4", normalized=True, target=34962),
                },
                "indices": g.accessor(
                    tris.astype(np.uint16 if len(pos) < 65536 else np.uint32).reshape(-1),
                    5123 if len(pos) < 65536 else 5125,
                    "SCALAR",
                    target=34963,
                ),
                "material": 1 if prim.double_sided else 0,
                "mode": 4,
            }
            if names:
                # morph deltas measured between the rounded float32 positions
                prim_json["targets"] = [
                    {"POSITION": g.sparse_vec3(np.round(pos + d, 5).astype(np.float32) - pos32)}
                    for d in targets
                ]
            gl_prims.append(prim_json)
        mesh = {"name": mesh_name, "primitives": gl_prims}
        if names:
            mesh["weights"] = [0.0] * len(names)
            mesh["extras"] = {"targetNames": names}
        gl_meshes.append(mesh)
        idx = len(nodes)
        nodes.append({"name": node_name, "mesh": len(gl_meshes) - 1, "skin": 0})
        scene_nodes.append(idx)
        mesh_nodes[node_name] = idx
        mesh_targets[node_name] = names
        first_person.append({"node": idx, "type": fp})

    humanoid = {b[3]: {"node": 1 + k} for k, b in enumerate(BONES) if b[3]}
    vrm = {
        "specVersion": "1.0",
        "meta": {
            "name": "Neiri",
            "version": MODEL_VERSION,
            "authors": ["The Neiri project"],
            "copyrightInformation": (
                "Copyright (C) The Neiri project. Part of Neiri, licensed GPL-3.0-or-later."
            ),
            "references": [],
            "licenseUrl": "https://vrm.dev/licenses/1.0/",
            "otherLicenseUrl": "https://www.gnu.org/licenses/gpl-3.0.html",
            "avatarPermission": "everyone",
            "allowExcessivelyViolentUsage": True,
            "allowExcessivelySexualUsage": True,
            "commercialUsage": "corporation",
            "allowPoliticalOrReligiousUsage": True,
            "allowAntisocialOrHateUsage": True,
            "creditNotation": "unnecessary",
            "allowRedistribution": True,
            "modification": "allowModificationRedistribution",
        },
        "humanoid": {"humanBones": humanoid},
        "firstPerson": {"meshAnnotations": first_person},
        "lookAt": {
            "type": "expression",
            "offsetFromHeadBone": [
                0.0,
                round(float(HEAD_C[1] + EY - bone_pos("Head")[1]), 4),
                0.12,
            ],
            "rangeMapHorizontalInner": {"inputMaxValue": 30.0, "outputScale": 1.0},
            "rangeMapHorizontalOuter": {"inputMaxValue": 30.0, "outputScale": 1.0},
            "rangeMapVerticalDown": {"inputMaxValue": 25.0, "outputScale": 1.0},
            "rangeMapVerticalUp": {"inputMaxValue": 25.0, "outputScale": 1.0},
        },
        "expressions": _expression_table(mesh_nodes, mesh_targets),
    }
    head_node = 1 + J["Head"]
    chest_node = 1 + J["Chest"]
    spring = {
        "specVersion": "1.0",
        "colliders": [
            {
                "node": head_node,
                "shape": {
                    "sphere": {
                        "offset": [0.0, round(float(HEAD_C[1] - bone_pos("Head")[1]), 4), 0.0],
                        "radius": 0.165,
                    }
                },
            },
            {
                "node": chest_node,
                "shape": {
                    "capsule": {
                        "offset": [0.0, 0.02, 0.0],
                        "radius": 0.095,
                        "tail": [0.0, 0.11, 0.0],
                    }
                },
            },
            {
                "node": 1 + J["UpperArm_L"],
                "shape": {
                    "capsule": {"offset": [0.0, 0.0, 0.0], "radius": 0.04, "tail": [0.17, 0.0, 0.0]}
                },
            },
            {
                "node": 1 + J["UpperArm_R"],
                "shape": {
                    "capsule": {
                        "offset": [0.0, 0.0, 0.0],
                        "radius": 0.04,
                        "tail": [-0.17, 0.0, 0.0],
                    }
                },
            },
        ],
        "colliderGroups": [
            {"name": "Head", "colliders": [0]},
            {"name": "Body", "colliders": [1, 2, 3]},
        ],
        "springs": [],
    }
    for tag in ("L", "R"):
        joints = []
        for k in range(1, 5):
            jn = {"node": 1 + J[f"HairTail_{tag}_{k}"]}
            if k < 4:
                jn.update(
                    {
                        "hitRadius": 0.03,
                        "stiffness": 1.4,
                        "gravityPower": 0.25,
                        "gravityDir": [0.0, -1.0, 0.0],
                        "dragForce": 0.4,
                    }
                )
            joints.append(jn)
        spring["springs"].append(
            {
                "name": f"TwinTail_{tag}",
                "joints": joints,
                "colliderGroups": [0, 1],
                "center": 1 + J["Head"],
            }
        )
    spring["springs"].append(
        {
            "name": "Ahoge",
            "joints": [
                {
                    "node": 1 + J["Ahoge_1"],
                    "hitRadius": 0.008,
                    "stiffness": 2.2,
                    "gravityPower": 0.0,
                    "gravityDir": [0.0, -1.0, 0.0],
                    "dragForce": 0.25,
                },
                {
                    "node": 1 + J["Ahoge_2"],
                    "hitRadius": 0.008,
                    "stiffness": 2.2,
                    "gravityPower": 0.0,
                    "gravityDir": [0.0, -1.0, 0.0],
                    "dragForce": 0.25,
                },
                {"node": 1 + J["Ahoge_3"]},
            ],
        }
    )
    doc = {
        "asset": {"version": "2.0", "generator": "Neiri make_default_avatar.py"},
        "extensionsUsed": ["VRMC_vrm", "VRMC_springBone", "KHR_materials_unlit"],
        "scene": 0,
        "scenes": [{"name": "Neiri", "nodes": scene_nodes}],
        "nodes": nodes,
        "skins": skins,
        "meshes": gl_meshes,
        "materials": materials,
        "accessors": g.accessors,
        "bufferViews": g.views,
        "buffers": [{"byteLength": len(g.bin)}],
        "extensions": {"VRMC_vrm": vrm, "VRMC_springBone": spring},
    }
    js = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    js += b" " * ((4 - len(js) % 4) % 4)
    binary = bytes(g.bin) + b"\0" * ((4 - len(g.bin) % 4) % 4)
    total = 12 + 8 + len(js) + 8 + len(binary)
    out = struct.pack("<4sII", b"glTF", 2, total)
    out += struct.pack("<II", len(js), 0x4E4F534A) + js
    out += struct.pack("<II", len(binary), 0x004E4942) + binary
    return out


# ---------------------------------------------------------------------------------------
# preview: read the GLB back, pose it, rasterize it
# ---------------------------------------------------------------------------------------

_CTYPE = {
    5120: np.int8,
    5121: np.uint8,
    5122: np.int16,
    5123: np.uint16,
    5125: np.uint32,
    5126: np.float32,
}
_NCOMP = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT4": 16}


def read_glb(data: bytes):
    magic, version, length = struct.unpack_from("<4sII", data, 0)
    assert magic == b"glTF" and version == 2 and length == len(data)
    jlen, jtype = struct.unpack_from("<II", data, 12)
    assert jtype == 0x4E4F534A
    doc = json.loads(data[20 : 20 + jlen])
    blen, btype = struct.unpack_from("<II", data, 20 + jlen)
    assert btype == 0x004E4942
    binary = data[28 + jlen : 28 + jlen + blen]
    return doc, binary


def read_accessor(doc, binary, idx):
    acc = doc["accessors"][idx]
    dt = np.dtype(_CTYPE[acc["componentType"]])
    nc = _NCOMP[acc["type"]]
    n = acc["count"]
    if "bufferView" in acc:
        v = doc["bufferViews"][acc["bufferView"]]
        off = v.get("byteOffset", 0) + acc.get("byteOffset", 0)
        arr = np.frombuffer(binary, dtype=dt, count=n * nc, offset=off).reshape(n, nc).copy()
    else:
        arr = np.zeros((n, nc), dtype=dt)
    sp = acc.get("sparse")
    if sp:
        iv = doc["bufferViews"][sp["indices"]["bufferView"]]
        idt = np.dtype(_CTYPE[sp["indices"]["componentType"]])
        ind = np.frombuffer(
            binary,
            dtype=idt,
            count=sp["count"],
            offset=iv.get("byteOffset", 0) + sp["indices"].get("byteOffset", 0),
        )
        vv = doc["bufferViews"][sp["values"]["bufferView"]]
        val = np.frombuffer(
            binary,
            dtype=dt,
            count=sp["count"] * nc,
            offset=vv.get("byteOffset", 0) + sp["values"].get("byteOffset", 0),
        ).reshape(-1, nc)
        arr[ind.astype(np.int64)] = val
    if acc.get("normalized"):
        arr = arr.astype(np.float64) / float(np.iinfo(dt).max)
    return arr


def _euler(rx=0.0, ry=0.0, rz=0.0):
    return rot_x(rx) @ rot_y(ry) @ rot_z(rz)  # three.js Euler order "XYZ"


def expression_weights(doc, values: dict[str, float]):
    """Morph weights per node for a set of expression values (VRM 1.0 override rules)."""
    ex = doc["extensions"]["VRMC_vrm"]["expressions"]
    allx = {**ex["preset"], **ex.get("custom", {})}
    blink_names = {"blink", "blinkLeft", "blinkRight"}
    look_names = set(LOOKS)
    mouth_names = set(VISEMES)
    bl = lk = mo = 0.0
    for name, v in values.items():
        e = allx[name]
        if name in blink_names | look_names | mouth_names:
            continue
        if e.get("overrideBlink") == "block" and v > 0:
            bl = 1.0
        elif e.get("overrideBlink") == "blend":
            bl += v
        if e.get("overrideLookAt") == "blend":
            lk += v
        if e.get("overrideMouth") == "blend":
            mo += v
    out: dict[int, np.ndarray] = {}
    for name, v in values.items():
        e = allx[name]
        if name in blink_names:
            v *= 1 - min(bl, 1.0)
        if name in look_names:
            v *= 1 - min(lk, 1.0)
        if name in mouth_names:
            v *= 1 - min(mo, 1.0)
        for b in e.get("morphTargetBinds", []):
            n = doc["nodes"][b["node"]]
            w = out.setdefault(
                b["node"],
                np.zeros(len(doc["meshes"][n["mesh"]]["primitives"][0].get("targets", []))),
            )
            w[b["index"]] += v * b["weight"]
    return out


def posed_triangles(doc, binary, values=None, pose=None, hips_offset=(0.0, 0.0, 0.0)):
    """World-space triangles with colours for the given expression values and bone pose."""
    values = values or {}
    pose = pose or {}
    nodes = doc["nodes"]
    parent = {}
    for i, n in enumerate(nodes):
        for c in n.get("children", []):
            parent[c] = i
    world = {}

    def wm(i):
        if i in world:
            return world[i]
        n = nodes[i]
        m = np.eye(4)
        m[:3, 3] = n.get("translation", [0, 0, 0])
        if n.get("name") == "Hips":
            m[:3, 3] += np.asarray(hips_offset)
        r = pose.get(n.get("name"))
        if r is not None:
            m[:3, :3] = _euler(*r)
        world[i] = (wm(parent[i]) @ m) if i in parent else m
        return world[i]

    mw = expression_weights(doc, values)
    skin = doc["skins"][0]
    ibm = (
        read_accessor(doc, binary, skin["inverseBindMatrices"]).reshape(-1, 4, 4).transpose(0, 2, 1)
    )
    joint_m = np.stack([wm(j) @ ibm[k] for k, j in enumerate(skin["joints"])])
    out = []
    for i, n in enumerate(nodes):
        if "mesh" not in n:
            continue
        mesh = doc["meshes"][n["mesh"]]
        for prim in mesh["primitives"]:
            a = prim["attributes"]
            pos = read_accessor(doc, binary, a["POSITION"]).astype(np.float64)
            w = mw.get(i)
            if w is not None:
                for k, t in enumerate(prim.get("targets", [])):
                    if w[k] != 0:
                        pos = pos + w[k] * read_accessor(doc, binary, t["POSITION"])
            col = read_accessor(doc, binary, a["COLOR_0"])[:, :3]
            jj = read_accessor(doc, binary, a["JOINTS_0"]).astype(np.int64)
            ww = read_accessor(doc, binary, a["WEIGHTS_0"])
            ph = np.hstack([pos, np.ones((len(pos), 1))])
            sk = np.zeros((len(pos), 4))
            for k in range(4):
                sk += ww[:, k : k + 1] * np.einsum("nij,nj->ni", joint_m[jj[:, k]], ph)
            idx = read_accessor(doc, binary, prim["indices"]).reshape(-1, 3).astype(np.int64)
            mat = doc["materials"][prim["material"]]
            out.append((sk[:, :3], col, idx, bool(mat.get("doubleSided"))))
    return out


def rasterize(tri_sets, center, height, size=(512, 640), yaw=0.0, ss=2, bg=(0.86, 0.88, 0.93)):
    """Orthographic view from +Z (optionally turned by `yaw` about Y). Returns sRGB uint8."""
    W, H = size[0] * ss, size[1] * ss
    scale = H / height
    zb = np.full(W * H, -np.inf)
    img = np.tile(srgb_to_linear(np.asarray(bg)), (W * H, 1))
    R = rot_y(-yaw)
    all_xy, all_z, all_c = [], [], []
    for pos, col, idx, double in tri_sets:
        p = (pos - center) @ R.T
        sx = p[:, 0] * scale + W / 2
        sy = H / 2 - p[:, 1] * scale
        tri = idx
        x0, y0 = sx[tri[:, 0]], sy[tri[:, 0]]
        x1, y1 = sx[tri[:, 1]], sy[tri[:, 1]]
        x2, y2 = sx[tri[:, 2]], sy[tri[:, 2]]
        area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0)  # screen y is down: CCW => area < 0
        keep = np.abs(area) > 1e-9
        if not double:
            keep &= area < 0
        tri = tri[keep]
        all_xy.append(np.stack([sx[tri], sy[tri]], -1))
        all_z.append(p[:, 2][tri])
        all_c.append(col[tri])
    xy = np.concatenate(all_xy)
    z = np.concatenate(all_z)
    c = np.concatenate(all_c)
    xmin = np.clip(np.floor(xy[..., 0].min(1)), 0, W - 1).astype(np.int64)
    xmax = np.clip(np.ceil(xy[..., 0].max(1)), 0, W - 1).astype(np.int64)
    ymin = np.clip(np.floor(xy[..., 1].min(1)), 0, H - 1).astype(np.int64)
    ymax = np.clip(np.ceil(xy[..., 1].max(1)), 0, H - 1).astype(np.int64)
    bw, bh = xmax - xmin + 1, ymax - ymin + 1
    n_pix = bw * bh
    # process in batches to bound memory
    order = np.arange(len(xy))
    start = 0
    while start < len(order):
        csum = np.cumsum(n_pix[start:])
        end = start + max(1, int(np.searchsorted(csum, 4_000_000)))
        sel = order[start:end]
        start = end
        cnt = n_pix[sel]
        tid = np.repeat(sel, cnt)
        local = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        px = xmin[tid] + local % bw[tid]
        py = ymin[tid] + local // bw[tid]
        fx, fy = px + 0.5, py + 0.5
        t = xy[tid]
        d = (t[:, 1, 0] - t[:, 0, 0]) * (t[:, 2, 1] - t[:, 0, 1]) - (t[:, 2, 0] - t[:, 0, 0]) * (
            t[:, 1, 1] - t[:, 0, 1]
        )
        w1 = (
            (fx - t[:, 0, 0]) * (t[:, 2, 1] - t[:, 0, 1])
            - (t[:, 2, 0] - t[:, 0, 0]) * (fy - t[:, 0, 1])
        ) / d
        w2 = (
            (t[:, 1, 0] - t[:, 0, 0]) * (fy - t[:, 0, 1])
            - (fx - t[:, 0, 0]) * (t[:, 1, 1] - t[:, 0, 1])
        ) / d
        w0 = 1 - w1 - w2
        inside = (w0 >= -1e-9) & (w1 >= -1e-9) & (w2 >= -1e-9)
        tid, px, py, w0, w1, w2 = (
            tid[inside],
            px[inside],
            py[inside],
            w0[inside],
            w1[inside],
            w2[inside],
        )
        zz = w0 * z[tid, 0] + w1 * z[tid, 1] + w2 * z[tid, 2]
        key = py * W + px
        o = np.lexsort((-zz, key))
        key_s = key[o]
        first = np.r_[True, key_s[1:] != key_s[:-1]]
        o = o[first]
        key_s = key_s[first]
        better = zz[o] > zb[key_s]
        o, key_s = o[better], key_s[better]
        zb[key_s] = zz[o]
        cc = w0[o, None] * c[tid[o], 0] + w1[o, None] * c[tid[o], 1] + w2[o, None] * c[tid[o], 2]
        img[key_s] = cc
    img = linear_to_srgb(img.reshape(H, W, 3))
    img = img.reshape(size[1], ss, size[0], ss, 3).mean((1, 3))
    return (np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8)


def write_png(path, rgb: np.ndarray):
    h, w, _ = rgb.shape
    raw = b"".join(b"\0" + rgb[y].tobytes() for y in range(h))

    def chunk(tag, data):
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(png)


ARMS_DOWN = {
    "UpperArm_L": (0.0, 0.0, -1.2),
    "UpperArm_R": (0.0, 0.0, 1.2),
    "LowerArm_L": (0.0, -0.25, 0.0),
    "LowerArm_R": (0.0, 0.25, 0.0),
}
WAVE = {
    "UpperArm_L": (0.0, 0.0, -1.2),
    "LowerArm_L": (0.0, -0.25, 0.0),
    "UpperArm_R": (0.0, 0.0, 0.35),
    "LowerArm_R": (0.0, 1.57, -1.85),
}


def node_world_position(doc, name: str) -> np.ndarray:
    parent = {c: i for i, n in enumerate(doc["nodes"]) for c in n.get("children", [])}
    i = next(k for k, n in enumerate(doc["nodes"]) if n.get("name") == name)
    p = np.zeros(3)
    while True:
        p += doc["nodes"][i].get("translation", [0.0, 0.0, 0.0])
        if i not in parent:
            return p
        i = parent[i]


def preview(data: bytes, out_dir: Path):
    doc, binary = read_glb(data)
    out_dir.mkdir(parents=True, exist_ok=True)
    head = node_world_position(doc, "Head")
    face_c = head + np.array([0.0, 0.14, 0.0])
    upper_c = head + np.array([0.0, -0.02, 0.0])
    full_c = np.array([0.0, 0.58, 0.0])
    shots = {
        "neutral": {},
        "aa": {"aa": 1.0},
        "ih": {"ih": 1.0},
        "ou": {"ou": 1.0},
        "ee": {"ee": 1.0},
        "oh": {"oh": 1.0},
        "blink": {"blink": 1.0},
        "blink_half": {"blink": 0.5},
        "wink": {"blinkLeft": 1.0},
        "look_left": {"lookLeft": 1.0},
        "look_up": {"lookUp": 1.0},
        "happy": {"happy": 1.0},
        "happy_aa": {"happy": 1.0, "aa": 0.7},
        "angry": {"angry": 1.0},
        "angry_blink": {"angry": 1.0, "blink": 1.0},
        "sad": {"sad": 1.0},
        "relaxed": {"relaxed": 1.0},
        "surprised": {"surprised": 1.0},
        "neutral_expr": {"neutral": 1.0},
        "smug": {"smug": 1.0},
        "shy": {"shy": 1.0},
        "excited": {"excited": 1.0},
        "confused": {"confused": 1.0},
        "sleepy": {"sleepy": 1.0},
        "thinking": {"thinking": 1.0},
    }
    for name, vals in shots.items():
        tris = posed_triangles(doc, binary, vals, ARMS_DOWN)
        write_png(out_dir / f"face_{name}.png", rasterize(tris, face_c, 0.42, size=(400, 400)))
    write_png(
        out_dir / "full_tpose.png",
        rasterize(posed_triangles(doc, binary), full_c, 1.25, size=(480, 520)),
    )
    write_png(
        out_dir / "full_arms_down.png",
        rasterize(posed_triangles(doc, binary, {}, ARMS_DOWN), full_c, 1.25, size=(400, 560)),
    )
    write_png(
        out_dir / "upper_wave.png",
        rasterize(
            posed_triangles(doc, binary, {"happy": 1.0}, WAVE), upper_c, 0.8, size=(480, 480)
        ),
    )
    write_png(
        out_dir / "three_quarter.png",
        rasterize(
            posed_triangles(doc, binary, {}, ARMS_DOWN), upper_c, 0.8, size=(480, 480), yaw=0.6
        ),
    )
    write_png(
        out_dir / "side.png",
        rasterize(
            posed_triangles(doc, binary, {}, ARMS_DOWN),
            full_c,
            1.25,
            size=(400, 560),
            yaw=np.pi / 2,
        ),
    )
    write_png(
        out_dir / "back.png",
        rasterize(
            posed_triangles(doc, binary, {}, ARMS_DOWN), full_c, 1.25, size=(400, 560), yaw=np.pi
        ),
    )
    nod = {**ARMS_DOWN, "Head": (0.3, 0.0, 0.0)}
    write_png(
        out_dir / "nod.png",
        rasterize(posed_triangles(doc, binary, {}, nod), upper_c, 0.8, size=(480, 480)),
    )
    shake = {**ARMS_DOWN, "Head": (0.0, 0.45, 0.0)}
    write_png(
        out_dir / "shake.png",
        rasterize(posed_triangles(doc, binary, {}, shake), upper_c, 0.8, size=(480, 480)),
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the .vrm")
    ap.add_argument("--preview", type=Path, help="also render PNG previews into this folder")
    args = ap.parse_args(argv)
    data = build_glb()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data)} bytes)")
    if args.preview:
        preview(data, args.preview)
        print(f"previews in {args.preview}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
