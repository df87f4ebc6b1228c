import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    pool: "forks",
    // Above the browser tests' 60 s step timeout, so a stuck step fails with its own message (which
    // locator, which page) rather than a bare "test timed out".
    testTimeout: 150_000,
    hookTimeout: 90_000,
    // Two cores: more workers only queue behind each other and slow the servers under test.
    maxWorkers: 2,
  },
});
