import { EventEmitter } from "node:events";

export interface BusEvent<T = unknown> {
  workspaceId: string;
  type: string;
  data: T;
}

/**
 * In-process notifications: live dashboard updates (server-sent events) and reactions between domains.
 * Durable work never relies on it; that goes through the job runner.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  publish<T>(workspaceId: string, type: string, data: T): void {
    const event: BusEvent<T> = { workspaceId, type, data };
    this.emitter.emit(type, event);
    this.emitter.emit("*", event);
  }

  /** Subscribes to one event type, or every type with "*"; returns the unsubscribe function. */
  subscribe<T = unknown>(type: string, listener: (event: BusEvent<T>) => void): () => void {
    const fn = listener as (event: BusEvent) => void;
    this.emitter.on(type, fn);
    return () => this.emitter.off(type, fn);
  }
}
