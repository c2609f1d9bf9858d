"""The default avatar (resources/avatar/neiri.vrm): a valid VRM 1.0 GLB, rebuilt byte for byte."""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
AVATAR_DIR = ROOT / "resources" / "avatar"
VRM_PATH = AVATAR_DIR / "neiri.vrm"
GENERATOR = AVATAR_DIR / "make_default_avatar.py"

COMPONENT_SIZE = {5120: 1, 5121: 1, 5122: 2, 5123: 2, 5125: 4, 5126: 4}
COMPONENT_DTYPE = {
    5120: np.int8,
    5121: np.uint8,
    5122: np.int16,
    5123: np.uint16,
    5125: np.uint32,
    5126: np.float32,
}
N_COMPONENTS = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4, "MAT2": 4, "MAT3": 9, "MAT4": 16}

REQUIRED_BONES = [
    "hips", "spine", "head",
    "leftUpperArm", "leftLowerArm", "leftHand", "rightUpperArm", "rightLowerArm", "rightHand",
    "leftUpperLeg", "leftLowerLeg", "leftFoot", "rightUpperLeg", "rightLowerLeg", "rightFoot",
]  # fmt: skip
# child -> the human bone it must descend from
BONE_PARENTS = {
    "spine": "hips", "chest": "spine", "neck": "chest", "head": "neck",
    "leftUpperArm": "chest", "leftLowerArm": "leftUpperArm", "leftHand": "leftLowerArm",
    "rightUpperArm": "chest", "rightLowerArm": "rightUpperArm", "rightHand": "rightLowerArm",
    "leftUpperLeg": "hips", "leftLowerLeg": "leftUpperLeg", "leftFoot": "leftLowerLeg",
    "rightUpperLeg": "hips", "rightLowerLeg": "rightUpperLeg", "rightFoot": "rightLowerLeg",
}  # fmt: skip
VISEMES = ["aa", "ih", "ou", "ee", "oh"]
BLINKS = ["blink", "blinkLeft", "blinkRight"]
PRESET_EMOTIONS = ["happy", "angry", "sad", "relaxed", "surprised", "neutral"]
CUSTOM_EMOTIONS = ["smug", "shy", "excited", "confused", "sleepy", "thinking"]
LOOKS = ["lookUp", "lookDown", "lookLeft", "lookRight"]


def _load_generator():
    spec = importlib.util.spec_from_file_location("make_default_avatar", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def glb() -> bytes:
    assert VRM_PATH.is_file(), "resources/avatar/neiri.vrm is missing: run make_default_avatar.py"
    return VRM_PATH.read_bytes()


@pytest.fixture(scope="module")
def parsed(glb):
    magic, version, length = struct.unpack_from("<4sII", glb, 0)
    assert magic == b"glTF"
    assert version == 2
    assert length == len(glb)
    json_len, json_type = struct.unpack_from("<II", glb, 12)
    assert json_type == 0x4E4F534A  # "JSON"
    assert json_len % 4 == 0
    doc = json.loads(glb[20 : 20 + json_len].decode("utf-8"))
    bin_off = 20 + json_len
    assert bin_off % 4 == 0
    bin_len, bin_type = struct.unpack_from("<II", glb, bin_off)
    assert bin_type == 0x004E4942  # "BIN\0"
    assert bin_len % 4 == 0
    assert bin_off + 8 + bin_len == len(glb), "trailing bytes after the BIN chunk"
    binary = glb[bin_off + 8 : bin_off + 8 + bin_len]
    return doc, binary


def _accessor(doc, binary, index) -> np.ndarray:
    """Decode an accessor (dense and/or sparse) into an (count, n) float64 array."""
    acc = doc["accessors"][index]
    dtype = np.dtype(COMPONENT_DTYPE[acc["componentType"]])
    nc = N_COMPONENTS[acc["type"]]
    count = acc["count"]
    if "bufferView" in acc:
        view = doc["bufferViews"][acc["bufferView"]]
        assert "byteStride" not in view, "the generator writes tightly packed views"
        start = view.get("byteOffset", 0) + acc.get("byteOffset", 0)
        arr = np.frombuffer(binary, dtype=dtype, count=count * nc, offset=start).reshape(count, nc)
        arr = arr.astype(np.float64)
    else:
        arr = np.zeros((count, nc))
    sparse = acc.get("sparse")
    if sparse:
        iv = doc["bufferViews"][sparse["indices"]["bufferView"]]
        idx = np.frombuffer(
            binary,
            dtype=np.dtype(COMPONENT_DTYPE[sparse["indices"]["componentType"]]),
            count=sparse["count"],
            offset=iv.get("byteOffset", 0) + sparse["indices"].get("byteOffset", 0),
        ).astype(np.int64)
        assert np.all(np.diff(idx) > 0), "sparse indices must be strictly increasing"
        assert idx.max() < count
        vv = doc["bufferViews"][sparse["values"]["bufferView"]]
        vals = np.frombuffer(
            binary,
            dtype=dtype,
            count=sparse["count"] * nc,
            offset=vv.get("byteOffset", 0) + sparse["values"].get("byteOffset", 0),
        ).reshape(-1, nc)
        arr = arr.copy()
        arr[idx] = vals
    if acc.get("normalized"):
        arr = arr / float(np.iinfo(dtype).max)
    return arr


def _primitives(doc):
    for node_index, node in enumerate(doc["nodes"]):
        if "mesh" in node:
            for prim in doc["meshes"][node["mesh"]]["primitives"]:
                yield node_index, node, prim


# --- the file itself --------------------------------------------------------------------


def test_committed_file_is_small(glb):
    assert len(glb) < 1_600_000, f"neiri.vrm grew to {len(glb)} bytes"


def test_generator_reproduces_the_committed_file(tmp_path, glb):
    generator = _load_generator()
    out = tmp_path / "neiri.vrm"
    assert generator.main(["--out", str(out)]) == 0
    assert out.read_bytes() == glb, (
        "neiri.vrm is stale: run resources/avatar/make_default_avatar.py"
    )


def test_asset_and_extensions_are_declared(parsed):
    doc, _ = parsed
    assert doc["asset"]["version"] == "2.0"
    used = doc["extensionsUsed"]
    assert "VRMC_vrm" in used
    assert set(doc.get("extensions", {})) <= set(used)
    for mat in doc["materials"]:
        assert set(mat.get("extensions", {})) <= set(used)
    assert "extensionsRequired" not in doc or set(doc["extensionsRequired"]) <= set(used)
    assert not doc.get("images"), "the avatar ships no image files"
    assert len(doc["buffers"]) == 1 and "uri" not in doc["buffers"][0], (
        "everything lives in the GLB"
    )


# --- buffers and accessors ---------------------------------------------------------------


def test_buffer_views_and_accessors_stay_in_bounds(parsed):
    doc, binary = parsed
    buf_len = doc["buffers"][0]["byteLength"]
    assert buf_len <= len(binary) <= buf_len + 3
    for view in doc["bufferViews"]:
        assert view["buffer"] == 0
        assert view.get("byteOffset", 0) % 4 == 0
        assert view.get("byteOffset", 0) + view["byteLength"] <= buf_len
    for acc in doc["accessors"]:
        elem = COMPONENT_SIZE[acc["componentType"]] * N_COMPONENTS[acc["type"]]
        assert acc["count"] > 0
        if "bufferView" in acc:
            view = doc["bufferViews"][acc["bufferView"]]
            assert acc.get("byteOffset", 0) + acc["count"] * elem <= view["byteLength"]
        sparse = acc.get("sparse")
        if sparse:
            iv = doc["bufferViews"][sparse["indices"]["bufferView"]]
            vv = doc["bufferViews"][sparse["values"]["bufferView"]]
            assert (
                sparse["count"] * COMPONENT_SIZE[sparse["indices"]["componentType"]]
                <= iv["byteLength"]
            )
            assert sparse["count"] * elem <= vv["byteLength"]
        if "bufferView" not in acc:
            assert sparse, "an accessor without a bufferView must be sparse"


def test_position_bounds_match_the_data(parsed):
    doc, binary = parsed
    position_accessors = set()
    for _, _, prim in _primitives(doc):
        position_accessors.add(prim["attributes"]["POSITION"])
        for target in prim.get("targets", []):
            position_accessors.add(target["POSITION"])
    for index in position_accessors:
        acc = doc["accessors"][index]
        data = _accessor(doc, binary, index)
        assert np.all(np.isfinite(data))
        assert np.allclose(acc["min"], data.min(0), atol=1e-6), f"accessor {index} min"
        assert np.allclose(acc["max"], data.max(0), atol=1e-6), f"accessor {index} max"


def test_primitives_morph_targets_and_indices(parsed):
    doc, binary = parsed
    for _, node, prim in _primitives(doc):
        n = doc["accessors"][prim["attributes"]["POSITION"]]["count"]
        for name, index in prim["attributes"].items():
            assert doc["accessors"][index]["count"] == n, f"{node['name']} {name}"
        assert prim.get("mode", 4) == 4
        indices = _accessor(doc, binary, prim["indices"])
        assert indices.size % 3 == 0
        assert indices.max() < n
        for target in prim.get("targets", []):
            assert set(target) == {"POSITION"}
            assert doc["accessors"][target["POSITION"]]["count"] == n, (
                f"{node['name']}: morph target size"
            )
        mesh = doc["meshes"][node["mesh"]]
        targets = prim.get("targets", [])
        if targets:
            names = mesh["extras"]["targetNames"]
            assert len(names) == len(targets) == len(mesh["weights"])
            assert len(set(names)) == len(names)
        # all primitives of a mesh carry the same number of morph targets
        assert len({len(p.get("targets", [])) for p in mesh["primitives"]}) == 1


def test_skinning_is_consistent(parsed):
    doc, binary = parsed
    assert len(doc["skins"]) >= 1
    for skin in doc["skins"]:
        joints = skin["joints"]
        assert len(set(joints)) == len(joints)
        assert all(0 <= j < len(doc["nodes"]) for j in joints)
        ibm = doc["accessors"][skin["inverseBindMatrices"]]
        assert ibm["type"] == "MAT4" and ibm["count"] == len(joints)
    for _, node, prim in _primitives(doc):
        assert "skin" in node, f"{node['name']} is not skinned"
        joints = doc["skins"][node["skin"]]["joints"]
        j = _accessor(doc, binary, prim["attributes"]["JOINTS_0"])
        w = _accessor(doc, binary, prim["attributes"]["WEIGHTS_0"])
        assert j.max() < len(joints)
        assert np.allclose(w.sum(1), 1.0, atol=2e-3), f"{node['name']}: weights must sum to 1"
        assert np.all(j[w == 0] == 0), "zero-weight joint slots point at joint 0"


def test_rest_pose_follows_vrm_conventions(parsed):
    doc, binary = parsed
    for node in doc["nodes"]:
        assert "rotation" not in node and "scale" not in node and "matrix" not in node, node["name"]
    body = next(p for _, n, p in _primitives(doc) if n["name"] == "Body")
    pos = _accessor(doc, binary, body["attributes"]["POSITION"])
    assert abs(pos[:, 1].min()) < 0.003, "the soles touch y = 0"
    assert 0.9 < pos[:, 1].max() < 1.6, "a chibi-sized girl, roughly a metre tall"
    for _, node, prim in _primitives(doc):
        if node["name"].startswith("Face_Eye"):
            eye = _accessor(doc, binary, prim["attributes"]["POSITION"])
            assert eye[:, 2].min() > 0.1, "the face looks towards +Z"
            assert (eye[:, 0].mean() > 0) == node["name"].endswith("L"), "her left eye is at +X"


# --- VRMC_vrm ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vrm(parsed):
    doc, _ = parsed
    ext = doc["extensions"]["VRMC_vrm"]
    assert ext["specVersion"] == "1.0"
    return ext


def test_meta_names_the_license(vrm):
    meta = vrm["meta"]
    assert meta["name"] == "Neiri"
    assert meta["authors"] and all(a.strip() for a in meta["authors"])
    assert meta["licenseUrl"] == "https://vrm.dev/licenses/1.0/"
    assert "gpl-3.0" in meta["otherLicenseUrl"]
    assert meta["avatarPermission"] in {"onlyAuthor", "onlySeparatelyLicensedPerson", "everyone"}
    assert meta["commercialUsage"] in {"personalNonProfit", "personalProfit", "corporation"}
    assert meta["creditNotation"] in {"required", "unnecessary"}
    assert meta["modification"] in {
        "prohibited",
        "allowModification",
        "allowModificationRedistribution",
    }
    assert meta["allowRedistribution"] is True


def test_human_bones_are_valid_unique_and_nested(parsed, vrm):
    doc, _ = parsed
    bones = vrm["humanoid"]["humanBones"]
    for name in REQUIRED_BONES:
        assert name in bones, f"missing required bone {name}"
    nodes = [b["node"] for b in bones.values()]
    assert len(set(nodes)) == len(nodes)
    assert all(0 <= n < len(doc["nodes"]) for n in nodes)
    parent = {c: i for i, n in enumerate(doc["nodes"]) for c in n.get("children", [])}

    def ancestors(i):
        while i in parent:
            i = parent[i]
            yield i

    for child, par in BONE_PARENTS.items():
        if child in bones and par in bones:
            assert bones[par]["node"] in set(ancestors(bones[child]["node"])), (
                f"{child} under {par}"
            )
    for name in bones:
        assert "mesh" not in doc["nodes"][bones[name]["node"]]


def test_expressions_cover_visemes_blinks_and_twelve_emotions(vrm):
    ex = vrm["expressions"]
    for name in VISEMES + BLINKS + PRESET_EMOTIONS + LOOKS:
        assert name in ex["preset"], name
    for name in CUSTOM_EMOTIONS:
        assert name in ex["custom"], name
    assert not set(ex["custom"]) & set(ex["preset"])
    assert len(PRESET_EMOTIONS) + len(CUSTOM_EMOTIONS) >= 12


def test_expression_binds_point_at_real_morph_targets(parsed, vrm):
    doc, _ = parsed
    ex = vrm["expressions"]
    for name, e in {**ex["preset"], **ex["custom"]}.items():
        assert e["isBinary"] is False, name
        for key in ("overrideBlink", "overrideLookAt", "overrideMouth"):
            assert e.get(key, "none") in {"none", "block", "blend"}
        assert e["morphTargetBinds"], f"{name} binds nothing"
        for b in e["morphTargetBinds"]:
            node = doc["nodes"][b["node"]]
            assert "mesh" in node, f"{name}: node {b['node']} has no mesh"
            for prim in doc["meshes"][node["mesh"]]["primitives"]:
                assert 0 <= b["index"] < len(prim.get("targets", [])), f"{name}: bad morph index"
            assert 0.0 < b["weight"] <= 1.0


def test_eye_closing_emotions_blend_out_blinking(vrm):
    ex = {**vrm["expressions"]["preset"], **vrm["expressions"]["custom"]}
    for name in ("happy", "relaxed", "sleepy", "smug"):
        assert ex[name]["overrideBlink"] == "blend", name


def _displacement(doc, binary, expression) -> np.ndarray:
    """Concatenated vertex offsets of all face meshes for one expression at full weight."""
    parts = []
    for node_index, _, prim in _primitives(doc):
        if not prim.get("targets"):
            continue
        d = np.zeros((doc["accessors"][prim["attributes"]["POSITION"]]["count"], 3))
        for b in expression["morphTargetBinds"]:
            if b["node"] == node_index:
                d += b["weight"] * _accessor(doc, binary, prim["targets"][b["index"]]["POSITION"])
        parts.append(d)
    return np.concatenate(parts)


def test_every_expression_visibly_changes_the_face_and_differs(parsed, vrm):
    doc, binary = parsed
    ex = {**vrm["expressions"]["preset"], **vrm["expressions"]["custom"]}
    names = [*VISEMES, "blink", *PRESET_EMOTIONS, *CUSTOM_EMOTIONS, *LOOKS]
    disp = {n: _displacement(doc, binary, ex[n]) for n in names}
    for n in names:
        assert np.abs(disp[n]).max() > 0.0015, f"{n} barely moves anything"
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert np.abs(disp[a] - disp[b]).max() > 0.001, f"{a} and {b} look the same"
    left = _displacement(doc, binary, ex["blinkLeft"])
    right = _displacement(doc, binary, ex["blinkRight"])
    assert np.allclose(left + right, disp["blink"])
    assert np.abs(left).max() > 0.01 and np.abs(right).max() > 0.01


def test_look_at_and_springs_reference_real_nodes(parsed, vrm):
    doc, _ = parsed
    look = vrm["lookAt"]
    assert look["type"] in {"bone", "expression"}
    assert len(look["offsetFromHeadBone"]) == 3
    for ann in vrm["firstPerson"]["meshAnnotations"]:
        assert "mesh" in doc["nodes"][ann["node"]]
    spring = doc["extensions"].get("VRMC_springBone")
    if spring:
        assert spring["specVersion"] == "1.0"
        seen = set()
        for chain in spring["springs"]:
            nodes = [j["node"] for j in chain["joints"]]
            assert not seen & set(nodes), "a joint belongs to one chain only"
            seen |= set(nodes)
            parent = {c: i for i, n in enumerate(doc["nodes"]) for c in n.get("children", [])}
            for a, b in itertools.pairwise(nodes):
                assert parent.get(b) == a, "spring joints form a parent-child chain"
        for col in spring["colliders"]:
            assert 0 <= col["node"] < len(doc["nodes"])


# --- the generator's own reader and a tiny render ------------------------------------------


def test_blink_and_aa_change_the_rendered_face(glb):
    """Render the face small with the generator's rasterizer: expressions show up as pixels."""
    gen = _load_generator()
    doc, binary = gen.read_glb(glb)
    head = gen.node_world_position(doc, "Head")
    center = head + np.array([0.0, 0.12, 0.0])

    def render(values):
        tris = gen.posed_triangles(doc, binary, values)
        return gen.rasterize(tris, center, 0.3, size=(96, 96), ss=1).astype(np.int64)

    rest = render({})
    eyes = (slice(26, 52), slice(16, 80))  # rows, columns around the eyes
    mouth = (slice(58, 76), slice(34, 62))
    assert np.abs(render({"blink": 1.0}) - rest)[eyes].sum() > 2000
    assert np.abs(render({"aa": 1.0}) - rest)[mouth].sum() > 1000
    assert np.abs(render({"aa": 1.0}) - rest)[eyes].sum() == 0


# --- the Khronos validator, when a developer has it -----------------------------------------


def _gltf_validator_dir():
    """web_avatar/node_modules, or a folder named by NEIRI_GLTF_VALIDATOR_MODULES."""
    candidates = [ROOT / "web_avatar" / "node_modules"]
    if os.environ.get("NEIRI_GLTF_VALIDATOR_MODULES"):
        candidates.insert(0, Path(os.environ["NEIRI_GLTF_VALIDATOR_MODULES"]))
    for base in candidates:
        if (base / "gltf-validator").is_dir():
            return base
    return None


def test_khronos_gltf_validator_reports_no_errors():
    node = shutil.which("node")
    modules = _gltf_validator_dir()
    if node is None or modules is None:
        pytest.skip("node or the gltf-validator npm package is not installed")
    script = (
        "const v=require('gltf-validator');const fs=require('fs');"
        "v.validateBytes(new Uint8Array(fs.readFileSync(process.argv[1])),{format:'glb'})"
        ".then(r=>{console.log(JSON.stringify(r.issues));})"
        ".catch(e=>{console.error(e);process.exit(2);});"
    )
    proc = subprocess.run(
        [node, "-e", script, str(VRM_PATH)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NODE_PATH": str(modules)},
    )
    assert proc.returncode == 0, proc.stderr
    issues = json.loads(proc.stdout)
    assert issues["numErrors"] == 0, issues["messages"][:10]
    assert issues["numWarnings"] == 0, issues["messages"][:10]
