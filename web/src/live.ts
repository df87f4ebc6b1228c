import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

export type LiveState = "connecting" | "open" | "reconnecting" | "closed";

export interface LiveEvent<T = unknown> {
  /** The SSE event name ("message" when the server sent none). */
  type: string;
  /** `data` parsed as JSON, or the raw string when it is not JSON. */
  data: T;
  id: string;
}

export interface LiveOptions<T> {
  /** Named events to listen to besides the default "message". */
  events?: string[];
  onEvent?: (event: LiveEvent<T>) => void;
  /** Query keys to invalidate on every event: the simplest way to keep lists fresh. */
  invalidate?: QueryKey[];
  /** Keep at most this many recent events in `events` (default 50). */
  keep?: number;
}

const MIN_DELAY = 1_000;
const MAX_DELAY = 30_000;

/**
 * Subscribes to a server-sent events stream while the component is mounted. EventSource retries by
 * itself after a dropped connection, but gives up for good on an HTTP error (a 502 during a deploy, a
 * 401); we then reconnect ourselves with exponential backoff. `path` null means "not now".
 */
export function useLive<T = unknown>(path: string | null, options: LiveOptions<T> = {}) {
  const [state, setState] = useState<LiveState>(path ? "connecting" : "closed");
  const [events, setEvents] = useState<LiveEvent<T>[]>([]);
  const qc = useQueryClient();
  // The latest options without re-subscribing when the caller passes a fresh object each render.
  const opts = useRef(options);
  opts.current = options;
  const eventNames = (options.events ?? []).join(",");

  useEffect(() => {
    if (!path) {
      setState("closed");
      return;
    }
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = MIN_DELAY;
    let stopped = false;

    const handle = (e: MessageEvent<string>) => {
      let data: unknown = e.data;
      try {
        data = JSON.parse(e.data);
      } catch {
        // Plain text events are passed on as they are.
      }
      const event: LiveEvent<T> = { type: e.type, data: data as T, id: e.lastEventId };
      const keep = opts.current.keep ?? 50;
      setEvents((prev) => [event, ...prev].slice(0, keep));
      opts.current.onEvent?.(event);
      for (const key of opts.current.invalidate ?? []) void qc.invalidateQueries({ queryKey: key });
    };

    const connect = () => {
      if (stopped) return;
      source = new EventSource(path, { withCredentials: true });
      source.onopen = () => {
        delay = MIN_DELAY;
        setState("open");
      };
      source.onerror = () => {
        if (!source || source.readyState !== EventSource.CLOSED) {
          setState("reconnecting");
          return;
        }
        source = null;
        setState("reconnecting");
        timer = setTimeout(connect, delay);
        delay = Math.min(delay * 2, MAX_DELAY);
      };
      source.onmessage = handle;
      for (const name of eventNames ? eventNames.split(",") : []) {
        source.addEventListener(name, handle as EventListener);
      }
    };

    setState("connecting");
    connect();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      source?.close();
    };
  }, [path, eventNames, qc]);

  return { state, events, last: events[0] };
}
