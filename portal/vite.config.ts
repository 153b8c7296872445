import { defineConfig } from 'vite';

// The gateway serves the build from the portal jar (target/classes/portal): index.html and hashed files under
// assets/, which it caches for a year. No React plugin: esbuild compiles TSX itself, and the build needs nothing else.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'target/classes/portal',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    rollupOptions: {
      // react-router marks its modules "use client" for server components; a plain client bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') {
          warn(warning);
        }
      },
    },
  },
  server: {
    // npm run dev: the API and the runtime configuration come from a gateway on :8080
    proxy: { '/api': 'http://localhost:8080', '/portal-config.json': 'http://localhost:8080' },
  },
});
