import {
  lookup as dnsLookup,
  promises as dnsPromises,
  type LookupAddress,
  type LookupAllOptions,
} from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { Agent, buildConnector } from "undici";
import type { z } from "zod";

/**
 * Where Firebreak's own requests (monitors, feeds, webhooks, provider pages, alert channels) may go.
 * A tenant names the URL; without this guard a monitor's keyword check would read the cloud metadata
 * service or an admin page on the host's loopback for them. The address is checked after DNS
 * resolution, on the address actually connected to (so a name that resolves differently the second
 * time cannot slip through), and again on every redirect, since each hop opens its own connection.
 */

const RANGES_V4: [string, number, string][] = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared (CGNAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"],
  ["192.0.2.0", 24, "documentation"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];
const RANGES_V6: [string, number, string][] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["100::", 64, "discard"],
  ["2001:db8::", 32, "documentation"],
  ["fc00::", 7, "private (unique local)"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "site-local"],
  ["ff00::", 8, "multicast"],
];
/** Metadata services that sit on ordinary-looking addresses (Azure's wire server, Oracle's). */
const METADATA_V4 = ["168.63.129.16", "192.0.0.192"];
const METADATA_NAMES = new Set([
  "metadata.google.internal",
  "metadata",
  "instance-data",
  "metadata.azure.com",
]);

const blocks = new Map<string, BlockList>();
for (const [addr, prefix, kind] of [...RANGES_V4, ...RANGES_V6]) {
  const family = isIP(addr) === 4 ? "ipv4" : "ipv6";
  const list = blocks.get(kind) ?? new BlockList();
  list.addSubnet(addr, prefix, family);
  blocks.set(kind, list);
}
const metadata = new BlockList();
for (const a of METADATA_V4) metadata.addAddress(a, "ipv4");

const stripBrackets = (host: string) => host.replace(/^\[(.*)\]$/, "$1");

/** The host of `host`, `host:port`, `ip`, `[ipv6]:port`. */
export function hostOfServer(server: string): string {
  const s = server.trim();
  if (isIP(s)) return s;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  return bracketed?.[1] ?? s.replace(/:\d+$/, "");
}

/** An IPv4 address carried inside an IPv6 one (mapped, compatible or NAT64), which reaches the same host. */
function embeddedV4(ip: string): string | null {
  const m = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (m?.[1]) return m[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (!hex?.[1] || !hex[2]) return null;
  const hi = Number.parseInt(hex[1], 16);
  const lo = Number.parseInt(hex[2], 16);
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join(".");
}

/** What kind of internal address `ip` is, or null for a public one. */
export function internalKind(address: string): string | null {
  const ip = stripBrackets(address).replace(/%.*$/, "");
  const family = isIP(ip);
  if (family === 0) return null;
  if (family === 6) {
    const v4 = embeddedV4(ip);
    if (v4) return internalKind(v4);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  if (metadata.check(ip, type)) return "cloud metadata";
  if (ip === "169.254.169.254") return "cloud metadata";
  for (const [kind, list] of blocks) if (list.check(ip, type)) return kind;
  return null;
}

export interface AllowList {
  nets: BlockList;
  hosts: Set<string>;
  /** `.corp.example` entries: any name under them. */
  suffixes: string[];
}

let cached: { raw: string; list: AllowList } | undefined;

/** FIREBREAK_ALLOW_TARGETS: comma-separated CIDRs, addresses and host names the operator trusts. */
export function parseAllowList(raw: string): AllowList {
  const list: AllowList = { nets: new BlockList(), hosts: new Set(), suffixes: [] };
  for (const entry of raw.split(",").map((s) => s.trim().toLowerCase())) {
    if (!entry) continue;
    const [addr = "", bits] = stripBrackets(entry).split("/");
    const family = isIP(addr);
    if (family) {
      const type = family === 4 ? "ipv4" : "ipv6";
      if (bits === undefined) list.nets.addAddress(addr, type);
      else list.nets.addSubnet(addr, Number(bits), type);
    } else if (entry.startsWith("*.") || entry.startsWith(".")) {
      list.suffixes.push(entry.replace(/^\*/, ""));
    } else {
      list.hosts.add(entry.replace(/\.$/, ""));
    }
  }
  return list;
}

/** Read at each use so an operator's (or a test's) setting applies without a restart of the module. */
export function allowList(): AllowList {
  const raw = process.env["FIREBREAK_ALLOW_TARGETS"] ?? "";
  if (cached?.raw !== raw) cached = { raw, list: parseAllowList(raw) };
  return cached.list;
}

function hostAllowed(host: string, list: AllowList): boolean {
  const h = stripBrackets(host).toLowerCase().replace(/\.$/, "");
  return list.hosts.has(h) || list.suffixes.some((s) => h.endsWith(s));
}

function addressAllowed(ip: string, list: AllowList): boolean {
  const bare = stripBrackets(ip).replace(/%.*$/, "");
  const family = isIP(bare);
  if (!family) return false;
  const v4 = family === 6 ? embeddedV4(bare) : null;
  return v4 ? list.nets.check(v4, "ipv4") : list.nets.check(bare, family === 4 ? "ipv4" : "ipv6");
}

const ALLOW_HINT = "set FIREBREAK_ALLOW_TARGETS to allow internal targets";

export class OutboundRefused extends Error {
  constructor(host: string, address: string, kind: string) {
    super(
      `refused to connect to ${host}${host === address ? "" : ` (${address})`}: a ${kind} address; ${ALLOW_HINT}`,
    );
    this.name = "OutboundRefused";
  }
}

/** Throws when `host`, resolved to `address`, is internal and not allowed by the operator. */
export function assertAllowed(host: string, address: string, list = allowList()): void {
  if (hostAllowed(host, list) || addressAllowed(address, list)) return;
  const kind = internalKind(address);
  if (kind) throw new OutboundRefused(stripBrackets(host), stripBrackets(address), kind);
}

const isLocalName = (host: string) => {
  const h = host.toLowerCase().replace(/\.$/, "");
  return h === "localhost" || h.endsWith(".localhost") || METADATA_NAMES.has(h);
};

/**
 * The check a saved URL or host gets before any DNS: literal internal addresses and names that can only
 * be internal. Returns the reason, or null. The connection is checked again on the resolved address.
 */
export function refusalOfHost(rawHost: string, list = allowList()): string | null {
  const host = stripBrackets(rawHost.trim());
  if (!host || hostAllowed(host, list)) return null;
  if (isIP(host)) {
    if (addressAllowed(host, list)) return null;
    const kind = internalKind(host);
    return kind ? `${host} is a ${kind} address; ${ALLOW_HINT}` : null;
  }
  return isLocalName(host) ? `${host} is an internal host name; ${ALLOW_HINT}` : null;
}

export function refusalOfUrl(url: string, list = allowList()): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return refusalOfHost(parsed.hostname, list);
}

/** For zod schemas: `.superRefine(refuseInternalUrl)` answers 400 naming the URL's field. */
export function refuseInternalUrl(url: string, ctx: z.RefinementCtx): void {
  const reason = refusalOfUrl(url);
  if (reason) ctx.addIssue({ code: "custom", message: reason });
}

export function refuseInternalHost(host: string | null, ctx: z.RefinementCtx): void {
  const reason = host ? refusalOfHost(host) : null;
  if (reason) ctx.addIssue({ code: "custom", message: reason });
}

/**
 * How a saved name is resolved. A seam, not a setting: tests point a made-up name at a loopback address
 * without touching the machine's resolver.
 */
export const saveTimeDns = {
  lookup: (host: string): Promise<LookupAddress[]> => dnsPromises.lookup(host, { all: true }),
  timeoutMs: 3000,
};

/**
 * The save-time check after DNS: a name that resolves to a refused address is refused with the address
 * it resolves to. A name that does not resolve (yet), or a resolver that does not answer in time, is
 * accepted: monitoring a name that is down is legitimate, and every connection is checked again anyway.
 */
export async function refusalAfterDns(rawHost: string, list = allowList()): Promise<string | null> {
  const literal = refusalOfHost(rawHost, list);
  if (literal) return literal;
  const host = stripBrackets(rawHost.trim()).replace(/\.$/, "");
  if (!host || isIP(host) || hostAllowed(host, list)) return null;
  let timer: NodeJS.Timeout | undefined;
  const answers = await Promise.race([
    saveTimeDns.lookup(host).catch(() => [] as LookupAddress[]),
    new Promise<LookupAddress[]>((resolve) => {
      timer = setTimeout(() => resolve([]), saveTimeDns.timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  for (const a of answers) {
    if (addressAllowed(a.address, list)) continue;
    const kind = internalKind(a.address);
    if (kind) return `${host} resolves to ${a.address}, a ${kind} address; ${ALLOW_HINT}`;
  }
  return null;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net/tls.connect that refuses internal answers. Every address of a name is checked, so a
 * name cannot mix a public address with a private one and hope the connection picks the second.
 */
export const guardedLookup = ((hostname: string, options: object, callback: LookupCallback) => {
  const opts = (typeof options === "number" ? { family: options } : options) as LookupAllOptions & {
    all?: boolean;
  };
  dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    try {
      for (const a of addresses) assertAllowed(hostname, a.address);
    } catch (refused) {
      return callback(refused as NodeJS.ErrnoException, []);
    }
    if (opts.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first)
      return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}) as unknown as LookupFunction;

/** Literal addresses never reach `lookup`, so a connection to one is checked before it is opened. */
export function checkLiteral(host: string): void {
  const bare = stripBrackets(host);
  if (isIP(bare)) assertAllowed(bare, bare);
}

/** An undici connector that checks the address it connects to. */
export function guardedConnector(options: buildConnector.BuildOptions = {}): buildConnector.connector {
  const base = buildConnector({ ...options, lookup: guardedLookup } as buildConnector.BuildOptions);
  return (opts, callback) => {
    try {
      checkLiteral(opts.hostname);
    } catch (err) {
      callback(err as Error, null);
      return;
    }
    base(opts, callback);
  };
}

/** An undici Agent whose every connection (first request and each redirect hop) goes through the guard. */
export function outboundAgent(
  options: Omit<Agent.Options, "connect"> & { connectTimeoutMs?: number } = {},
): Agent {
  const { connectTimeoutMs, ...rest } = options;
  return new Agent({ ...rest, connect: guardedConnector({ timeout: connectTimeoutMs ?? 10_000 }) });
}
