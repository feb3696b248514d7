import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** What every Angular project (apps/web and libs/web/**) lints with: the base rules plus Angular's, selectors prefixed `bb`. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'bb', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'bb', style: 'kebab-case' }],
    },
  },
];
