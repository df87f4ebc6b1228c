import type { Body, Item } from "../../api/types.js";
import { formatTime } from "../../format.js";
import type { useT } from "../../i18n/t.js";

// Shapes from the server's OpenAPI document (web/src/api/types.ts).
type Settings = Body<"postMonitors">;
type KeysOf<U> = U extends unknown ? keyof U : never;
type ValueOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/** The type settings a monitor may carry (url for http, host and port for tcp, ...), each optional. */
type AnySettings = { [K in KeysOf<Settings>]?: ValueOf<Settings, K> };

/** A monitor as listed: the common fields, and the settings of its type spread beside them. */
export type Monitor = Item<"getMonitors"> & AnySettings;
export type MonitorState = Monitor["state"];
export type MonitorType = Monitor["type"];
export type MonitorEvent = Item<"getMonitorsByIdEvents">;
type HistoryItem = Item<"getMonitorsByIdHistory">;
/** A raw check (bucket=raw) or an hourly/daily rollup: the history answers one or the other. */
export type RawCheck = Extract<HistoryItem, { ok: boolean }>;
export type HistoryPoint = Exclude<HistoryItem, { ok: boolean }>;

/** What the monitor looks at, in one line, in the interface language. */
export function targetOf(m: Monitor, t: ReturnType<typeof useT>): string {
  switch (m.type) {
    case "http":
    case "provider":
      return m.url ?? "";
    case "tcp":
    case "tls":
      return `${m.host}:${m.port}`;
    case "dns":
      return `${m.hostname} ${m.record_type}`;
    case "heartbeat":
      return m.last_beat_at
        ? t("monitor.last_beat", { time: formatTime(m.last_beat_at) })
        : t("monitor.no_beat");
  }
}
