import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const API = "http://127.0.0.1:3000";

// Paths are resolved from this file so the build works from any working directory.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      "/api": { target: API, changeOrigin: false },
      "/status": { target: API, changeOrigin: false },
      "/healthz": { target: API, changeOrigin: false },
    },
  },
});
