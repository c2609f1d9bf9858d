// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the avatar page's bundle: src/main.js -> dist/avatar.js (minified IIFE) plus
// dist/avatar.js.LICENSES.txt with the license of every npm package inside the bundle.
//
//   node build.mjs                 write dist/
//   node build.mjs --outdir DIR    write somewhere else (the freshness test compares)
//   node build.mjs --check         exit 1 when dist/ differs from a fresh build
//
// The output depends only on the sources and the locked packages: no timestamps, no
// absolute paths, packages sorted by name, so a rebuild is byte-identical.

import { build, version as esbuildVersion } from "esbuild";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
const BUNDLE = "avatar.js";
const LICENSES = "avatar.js.LICENSES.txt";

function parseArgs(argv) {
  const options = { outdir: join(HERE, "dist"), check: false };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--outdir") options.outdir = resolve(argv[++i]);
    else if (argv[i] === "--check") options.check = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return options;
}

async function packageInfo(dir) {
  const meta = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
  const licenseFile = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"]
    .map((name) => join(dir, name))
    .find((path) => existsSync(path));
  const text = licenseFile ? (await readFile(licenseFile, "utf8")).trim() : "";
  return { name: meta.name, version: meta.version, license: meta.license, text };
}

/** The npm packages whose code ended up in the bundle, sorted by name. */
async function bundledPackages(metafile) {
  const dirs = new Set();
  for (const [input, info] of Object.entries(metafile.outputs[Object.keys(metafile.outputs)[0]].inputs)) {
    if (info.bytesInOutput === 0) continue;
    const match = input.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (match) dirs.add(join(HERE, "node_modules", match[1]));
  }
  const packages = await Promise.all([...dirs].map(packageInfo));
  return packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function banner(three, vrm) {
  return [
    `/*! Neiri avatar page (GPL-3.0-or-later), built from web_avatar/src with esbuild ${esbuildVersion}.`,
    ` * Bundles three.js ${three.version} (MIT, (c) three.js authors) and`,
    ` * @pixiv/three-vrm ${vrm.version} (MIT, (c) pixiv Inc.); license texts: ${LICENSES} */`,
  ].join("\n");
}

function licensesText(packages) {
  const parts = [
    "Third-party software in avatar.js (the Neiri avatar page bundle).",
    "The page itself is part of Neiri, GPL-3.0-or-later.",
    "",
  ];
  for (const pkg of packages) {
    parts.push("=".repeat(78), `${pkg.name} ${pkg.version} (${pkg.license})`, "=".repeat(78));
    parts.push(pkg.text || "(no license file in the package)", "");
  }
  return parts.join("\n");
}

async function bundle() {
  const three = await packageInfo(join(HERE, "node_modules", "three"));
  const vrm = await packageInfo(join(HERE, "node_modules", "@pixiv", "three-vrm"));
  const result = await build({
    absWorkingDir: HERE,
    entryPoints: ["src/main.js"],
    outfile: join("dist", BUNDLE),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: ["es2020"],
    minify: true,
    legalComments: "none", // replaced by the banner and the LICENSES file
    banner: { js: banner(three, vrm) },
    charset: "utf8",
    sourcemap: false,
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const code = result.outputFiles.find((file) => file.path.endsWith(BUNDLE)).text;
  const packages = await bundledPackages(result.metafile);
  return { [BUNDLE]: code, [LICENSES]: licensesText(packages) };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const files = await bundle();
  if (options.check) {
    const stale = [];
    for (const [name, text] of Object.entries(files)) {
      const path = join(HERE, "dist", name);
      const committed = existsSync(path) ? await readFile(path, "utf8") : null;
      if (committed !== text) stale.push(name);
    }
    if (stale.length) {
      console.error(`dist/ is stale (${stale.join(", ")}): run "npm run build" in web_avatar/`);
      process.exit(1);
    }
    console.log("dist/ is up to date");
    return;
  }
  await mkdir(options.outdir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(options.outdir, name), text);
    console.log(`${join(options.outdir, name)}  ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
