import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The layer order of src/ (DEVELOPERS.md, style.md "Dependency rules"): each folder may import
 * only the folders listed for it, and only through their index.ts. `metrics/contract.ts`
 * (the metric declaration helpers, importing nothing) is the one leaf any folder may import
 * directly, so producers can declare metrics without a cycle through the registry.
 */
const LAYERS = {
  action: ['checkers', 'config', 'github', 'grading', 'history', 'metrics', 'nemesis', 'network', 'options', 'process', 'protocol', 'report', 'results', 'run', 'services', 'shared', 'tracks', 'workloads'],
  cli: ['checkers', 'config', 'grading', 'history', 'metrics', 'nemesis', 'network', 'options', 'process', 'protocol', 'report', 'results', 'run', 'services', 'shared', 'tracks', 'workloads'],
  github: ['report', 'results', 'shared'],
  grading: ['checkers', 'config', 'history', 'metrics', 'nemesis', 'network', 'options', 'process', 'protocol', 'report', 'results', 'run', 'shared', 'tracks', 'workloads'],
  metrics: ['checkers', 'run', 'shared', 'workloads'],
  run: ['checkers', 'history', 'nemesis', 'network', 'options', 'process', 'protocol', 'report', 'results', 'services', 'shared', 'sim', 'workloads'],
  report: ['checkers', 'history', 'network', 'protocol', 'results', 'shared'],
  results: ['checkers', 'shared'],
  sim: ['network', 'process', 'protocol', 'shared'],
  services: ['history', 'network', 'protocol', 'shared'],
  workloads: ['checkers', 'history', 'network', 'options', 'protocol', 'shared'],
  nemesis: ['history', 'network', 'options', 'shared'],
  checkers: ['history', 'network', 'shared'],
  process: ['network', 'protocol', 'shared'],
  options: ['network', 'shared'],
  network: ['protocol', 'shared'],
  protocol: ['shared'],
  history: ['shared'],
  tracks: ['shared'],
  config: ['shared'],
  shared: [],
}

/** One config block per folder and depth: relative specifiers start with `../` or `../../`. */
function layerBlocks() {
  const blocks = []
  const folders = Object.keys(LAYERS)
  for (const folder of folders) {
    for (const [glob, up] of [
      [`src/${folder}/*.ts`, '../'],
      [`src/${folder}/*/*.ts`, '../../'],
      [`src/${folder}/*/*/*.ts`, '../../../'],
    ]) {
      const allowed = LAYERS[folder]
      const patterns = folders
        .filter((other) => other !== folder)
        .map((other) =>
          allowed.includes(other)
            ? {
                group: [`${up}${other}/*`, `!${up}${other}/index.js`, `!${up}metrics/contract.js`],
                message: `Import src/${other}/ through its public surface, src/${other}/index.ts (style.md §3.1).`,
              }
            : {
                group: [`${up}${other}/*`, `!${up}metrics/contract.js`],
                message: `Layering: src/${folder}/ may import only ${allowed.length > 0 ? allowed.join(', ') : 'nothing outside itself'} (DEVELOPERS.md; layer order in eslint.config.js).`,
              },
        )
      blocks.push({ files: [glob], rules: { 'no-restricted-imports': ['error', { patterns }] } })
    }
  }
  return blocks
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'templates/**', 'test/fixtures/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', performance: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      curly: ['error', 'all'],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Use the seeded Random from src/network/random.ts.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/network/random.ts', 'test/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  ...layerBlocks(),
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/action/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only src/cli/ and src/action/ read the environment; take values as parameters.' },
      ],
    },
  },
)
