// The module boundaries of STYLE.md, checked in `npm test` (npm run lint).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-no-circular',
      comment: 'The core is a tree of rules: areas import helpers, the registries import areas, never back (issue 12).',
      severity: 'error',
      from: { path: '^packages/core/src' },
      to: { circular: true },
    },
    {
      name: 'core-areas-below-registries',
      comment: 'problem.ts and validation-messages.ts gather every area; an area imports its helpers, never them.',
      severity: 'error',
      from: { path: '^packages/core/src/[^/]+/', pathNot: '\\.test\\.ts$' },
      to: { path: '^packages/core/src/(problem|validation-messages)\\.ts$' },
    },
    {
      name: 'core-imports-zod-only',
      comment: 'The core is pure (STYLE.md "Boundaries"): it may import zod and itself, nothing else.',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: ['\\.test\\.ts$', '/testing[^/]*\\.ts$'] },
      to: { pathNot: ['^packages/core/src', '^node_modules/zod/'] },
    },
    {
      name: 'db-and-platform-below-features',
      comment: 'db/ and platform/ serve every feature: they import neither a feature nor the demo world.',
      severity: 'error',
      from: { path: '^apps/server/src/(db|platform)/' },
      to: { path: '^apps/server/src/(modules|demo)/' },
    },
    {
      name: 'features-without-demo',
      comment: 'The demo world sits above the features and uses them; a feature never depends on demo data.',
      severity: 'error',
      from: { path: '^apps/server/src/modules/' },
      to: { path: '^apps/server/src/demo/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '/dist/' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
