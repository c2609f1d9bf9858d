// SPDX-License-Identifier: GPL-3.0-or-later
// The event stream of app/server (protocol: app/server/PROTOCOL.md): same-origin
// ws(s)://<host>/ws, ?token= passed through, reconnect with backoff (0.5 s doubling to
// 10 s, jittered), an application ping every 20 s to notice a dead connection.

const PING_MS = 20000;
const PONG_TIMEOUT_MS = 10000;

export function streamUrl(location, token) {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return scheme + "//" + location.host + "/ws" + (token ? "?token=" + encodeURIComponent(token) : "");
}

export class EventStream {
  /**
   * @param {string} url
   * @param {string[]} types event types to subscribe to
   * @param {{onMessage: Function, onOpen?: Function, onClose?: Function}} handlers
   */
  constructor(url, types, handlers) {
    this.url = url;
    this.types = types;
    this.handlers = handlers;
    this.backoff = 500;
    this.reconnects = 0;
    this.socket = null;
    this.pingTimer = null;
    this.pongDeadline = null;
    this.stopped = false;
  }

  connect() {
    if (this.stopped) return;
    let socket;
    try {
      socket = new WebSocket(this.url);
    } catch (error) {
      console.warn("neiri avatar: cannot open the event stream:", error);
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      socket.send(JSON.stringify({ v: 1, type: "subscribe", types: this.types }));
      this.pingTimer = setInterval(() => this.ping(), PING_MS);
    };
    socket.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (error) {
        return;
      }
      if (!message || message.v !== 1 || typeof message.type !== "string") return;
      if (message.type === "pong") {
        clearTimeout(this.pongDeadline);
        return;
      }
      if (message.type === "hello") this.backoff = 500;
      this.handlers.onMessage(message);
    };
    socket.onclose = (event) => {
      clearInterval(this.pingTimer);
      clearTimeout(this.pongDeadline);
      if (this.socket === socket) this.socket = null;
      if (this.handlers.onClose) this.handlers.onClose(event);
      this.scheduleReconnect();
    };
  }

  ping() {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    socket.send(JSON.stringify({ v: 1, type: "ping" }));
    clearTimeout(this.pongDeadline);
    this.pongDeadline = setTimeout(() => socket.close(), PONG_TIMEOUT_MS);
  }

  scheduleReconnect() {
    if (this.stopped) return;
    this.reconnects += 1;
    const wait = this.backoff * (0.75 + Math.random() * 0.5);
    this.backoff = Math.min(this.backoff * 2, 10000);
    setTimeout(() => this.connect(), wait);
  }
}
