import { Resolver } from "node:dns/promises";
import { connect as tcpConnect } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { checkLiteral, guardedLookup, hostOfServer } from "../../core/outbound.js";
import type { DnsConfig, TcpConfig, TlsConfig } from "../schema.js";
import { type CheckResult, errorText, fail, failWith, pass } from "./types.js";

const elapsed = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;

export function checkTcp(cfg: TcpConfig, timeoutMs: number): Promise<CheckResult> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    try {
      checkLiteral(cfg.host);
    } catch (err) {
      return resolve(failWith(errorText(err)));
    }
    const socket = tcpConnect({ host: cfg.host, port: cfg.port, lookup: guardedLookup });
    const done = (r: CheckResult) => {
      socket.destroy();
      resolve(r);
    };
    socket.setTimeout(timeoutMs, () => done(fail({ code: "timeout" })));
    socket.once("connect", () => done(pass(elapsed(t0))));
    socket.once("error", (err) => done(failWith(errorText(err))));
  });
}

const DAY_MS = 86_400_000;

export function checkTls(cfg: TlsConfig, timeoutMs: number, now: number): Promise<CheckResult> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    try {
      checkLiteral(cfg.host);
    } catch (err) {
      return resolve(failWith(errorText(err)));
    }
    const socket = tlsConnect({
      lookup: guardedLookup,
      host: cfg.host,
      port: cfg.port,
      servername: /^[\d.:]+$/.test(cfg.host) ? undefined : cfg.host,
      rejectUnauthorized: !cfg.tls_insecure,
    });
    const done = (r: CheckResult) => {
      socket.destroy();
      resolve(r);
    };
    socket.setTimeout(timeoutMs, () => done(fail({ code: "timeout" })));
    socket.once("secureConnect", () => {
      const cert = socket.getPeerCertificate();
      if (!cert?.valid_to) return done(fail({ code: "no_certificate" }));
      const expires = Date.parse(cert.valid_to);
      const days = Math.floor((expires - now) / DAY_MS);
      if (expires <= now) return done(fail({ code: "cert_expired", at: new Date(expires).toISOString() }));
      if (days < cfg.tls_days) {
        return done(fail({ code: "cert_expiring", days, at: new Date(expires).toISOString() }));
      }
      done(pass(elapsed(t0)));
    });
    socket.once("error", (err) => done(failWith(errorText(err))));
  });
}

async function resolveRecords(resolver: Resolver, cfg: DnsConfig): Promise<string[]> {
  switch (cfg.record_type) {
    case "A":
      return resolver.resolve4(cfg.hostname);
    case "AAAA":
      return resolver.resolve6(cfg.hostname);
    case "CNAME":
      return resolver.resolveCname(cfg.hostname);
    case "NS":
      return resolver.resolveNs(cfg.hostname);
    case "MX":
      return (await resolver.resolveMx(cfg.hostname)).map((r) => r.exchange);
    case "TXT":
      return (await resolver.resolveTxt(cfg.hostname)).map((parts) => parts.join(""));
  }
}

export async function checkDns(cfg: DnsConfig, timeoutMs: number): Promise<CheckResult> {
  const t0 = performance.now();
  const resolver = new Resolver({ timeout: timeoutMs, tries: 1 });
  try {
    // A tenant's own DNS server is a connection like any other; the system resolver is the operator's.
    if (cfg.dns_server) {
      checkLiteral(hostOfServer(cfg.dns_server));
      resolver.setServers([cfg.dns_server]);
    }
    const answers = await resolveRecords(resolver, cfg);
    if (answers.length === 0) return fail({ code: "dns_no_answer" }, elapsed(t0));
    if (cfg.expected !== null && !answers.some((a) => a.toLowerCase() === cfg.expected?.toLowerCase())) {
      return fail(
        { code: "dns_mismatch", expected: cfg.expected, answers: answers.slice(0, 5).join(", ") },
        elapsed(t0),
      );
    }
    return pass(elapsed(t0));
  } catch (err) {
    return failWith(errorText(err));
  } finally {
    resolver.cancel();
  }
}
