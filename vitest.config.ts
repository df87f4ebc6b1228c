import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: more workers only queue behind each other and slow the servers under test.
    maxWorkers: 2,
    reporters: process.env.CI ? ["default"] : ["default"],
  },
});
