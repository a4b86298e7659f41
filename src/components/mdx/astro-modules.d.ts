// Plain `tsc` does not know `.astro` files (only `astro check` does); this lets `index.ts`
// re-export the components under `tsc --noEmit` without changing what `astro check` sees.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
