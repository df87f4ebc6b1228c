import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    pool: "forks",
    // Above the browser tests' 60 s step timeout, so a stuck step fails with its own message (which
    // locator, which page) rather than a bare "test timed out".
    testTimeout: 150_000,
    hookTimeout: 90_000,
    // expect.poll gives up after 1 s by default: a loaded two-core machine running the whole suite
    // answered a browser's reply-then-refresh later than that. A poll that holds returns at once.
    expect: { poll: { timeout: 15_000 } },
    // Two cores: more workers only queue behind each other and slow the servers under test.
    maxWorkers: 2,
    // Test receivers and monitored servers listen on loopback, which the outbound guard refuses unless
    // allowed (src/core/outbound.ts); the guard's own tests clear this to prove the refusal.
    env: { FIREBREAK_ALLOW_TARGETS: "127.0.0.0/8,::1" },
  },
});
