// The window's build: TypeScript and Preact's JSX compiled by Vite's own esbuild, the
// Fluent files read straight from ../locales, and no inline scripts or styles so the
// strict CSP in tauri.conf.json holds.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { fs: { allow: [".."] }, strictPort: true, port: 1420 },
  clearScreen: false,
});
