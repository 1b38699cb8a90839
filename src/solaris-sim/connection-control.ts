import type { Socket } from 'node:net';

/**
 * Owns every socket and timer the simulator holds, so that faults can break connections on
 * purpose and `close()` can end all of them, stalled ones included.
 */
export class ConnectionControl {
  readonly #sockets = new Set<Socket>();
  readonly #idleTimers = new Map<Socket, NodeJS.Timeout>();
  readonly #sleeps = new Set<NodeJS.Timeout>();
  #closed = false;

  track(socket: Socket): void {
    if (this.#closed) {
      socket.destroy();
      return;
    }

    this.#sockets.add(socket);
    socket.once('close', () => {
      this.#sockets.delete(socket);
      this.#clearIdleTimer(socket);
    });
  }

  /** A new request on a kept-alive socket: it is no longer idle. */
  requestArrived(socket: Socket): void {
    this.#clearIdleTimer(socket);
  }

  /**
   * Closes `socket` once it has been idle for `ms`, without having told the client so. Called
   * after Node armed its own keep-alive timeout on the socket, which is switched off so that `ms`
   * alone decides, also when it is longer.
   */
  closeWhenIdle(socket: Socket, ms: number): void {
    this.#clearIdleTimer(socket);
    socket.setTimeout(0);
    const timer = setTimeout(() => {
      this.#idleTimers.delete(socket);
      socket.destroy();
    }, ms);
    this.#idleTimers.set(socket, timer);
  }

  /** Resolves after `ms`; never resolves once the simulator is closing. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#sleeps.delete(timer);
        resolve();
      }, ms);
      this.#sleeps.add(timer);
    });
  }

  /** Sends a TCP reset, so the client sees ECONNRESET rather than an orderly close. */
  reset(socket: Socket): void {
    socket.resetAndDestroy();
  }

  isClosed(): boolean {
    return this.#closed;
  }

  /** Stops every timer and destroys every socket. */
  closeAll(): void {
    this.#closed = true;
    for (const timer of this.#sleeps) clearTimeout(timer);
    for (const timer of this.#idleTimers.values()) clearTimeout(timer);
    for (const socket of this.#sockets) socket.destroy();
    this.#sleeps.clear();
    this.#idleTimers.clear();
    this.#sockets.clear();
  }

  #clearIdleTimer(socket: Socket): void {
    const timer = this.#idleTimers.get(socket);
    if (timer === undefined) return;

    clearTimeout(timer);
    this.#idleTimers.delete(socket);
  }
}
