// Fallback type for `import manifest from '../dist/custom-elements.json'` (preview.ts), so
// `tsc -p tsconfig.check.json` passes before dist/ has been generated. When the file exists,
// TypeScript (moduleResolution "bundler" ⇒ resolveJsonModule) types it from the JSON itself.
declare module '*/custom-elements.json' {
  const manifest: { schemaVersion: string; modules: unknown[] } & Record<string, unknown>;
  export default manifest;
}
