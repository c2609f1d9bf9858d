// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML around the canvas: the message box (so the page is never silently blank),
// a progress bar while a model loads, the key colour, and drag and drop of .vrm files.

export class Page {
  constructor(doc, background) {
    this.doc = doc;
    this.box = doc.getElementById("message");
    this.title = doc.getElementById("message-title");
    this.detail = doc.getElementById("message-detail");
    this.bar = doc.getElementById("progress");
    this.flashTimer = null;
    if (background) {
      doc.documentElement.style.background = background;
      doc.body.style.background = background;
      doc.body.dataset.keyed = "1";
    }
  }

  /** The script runs: clear the "loading the page" note the HTML starts with. */
  started() {
    this.doc.body.dataset.started = "1";
    if (this.box && this.box.dataset.kind === "boot") this.hideMessage();
  }

  message(title, detail = "", kind = "note") {
    if (!this.box) return;
    clearTimeout(this.flashTimer);
    this.box.dataset.kind = kind;
    this.title.textContent = title;
    this.detail.textContent = detail;
    this.box.hidden = false;
  }

  /** A message that goes away by itself (after `ms`). */
  flash(text, ms = 5000) {
    this.message(text, "", "flash");
    this.flashTimer = setTimeout(() => this.hideMessage(), ms);
  }

  hideMessage() {
    if (this.box) this.box.hidden = true;
  }

  progress(fraction) {
    if (!this.bar) return;
    if (fraction == null) {
      this.bar.hidden = true;
      return;
    }
    this.bar.hidden = false;
    this.bar.style.width = (Math.max(0, Math.min(1, fraction)) * 100).toFixed(1) + "%";
  }

  onDropFile(callback) {
    const body = this.doc.body;
    let depth = 0;
    const hasFiles = (event) => event.dataTransfer && Array.from(event.dataTransfer.types || []).includes("Files");
    this.doc.addEventListener("dragenter", (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      body.classList.add("dragging");
    });
    this.doc.addEventListener("dragover", (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
    });
    this.doc.addEventListener("dragleave", () => {
      depth = Math.max(0, depth - 1);
      if (!depth) body.classList.remove("dragging");
    });
    this.doc.addEventListener("drop", (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      body.classList.remove("dragging");
      const file = event.dataTransfer.files && event.dataTransfer.files[0];
      if (file) callback(file);
    });
  }
}
