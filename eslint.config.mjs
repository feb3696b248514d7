import nx from '@nx/eslint-plugin';

/**
 * Module boundaries: scope keeps the api and the web apart (both may use `scope:shared`, e.g. the
 * matching engine, which itself may use nothing else); type keeps the layers honest
 * (app → feature → data-access/ui → util; a web feature never imports another feature).
 */
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/tmp', '**/*.generated.ts', '**/test-results', '**/playwright-report'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            // A web feature is a set of pages: what two features share belongs in a ui, util or
            // data-access library, never in one of them. (The api's domain modules are all features.)
            {
              allSourceTags: ['scope:web', 'type:feature'],
              onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util'],
            },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
            },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      // Nest resolves constructor parameters by their runtime type: with these, the rule below
      // keeps imports that decorator metadata needs as value imports.
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Deny by default at build time: every handler of a @Resolver/@Controller class must carry
      // @Roles(...) or @Public() (on the method or the class). Workspace rule in tools/eslint-rules.
      '@nx/workspace-resolver-must-declare-access': 'error',
    },
  },
  {
    // The web app picks what to show by an error's `extensions.reason`, never by its English text
    // (CONTRIBUTING, "Errors"). A function, not a glob: a project's own config resolves globs from
    // its folder, where `libs/web/` is no longer part of the path.
    files: [['**/*.ts', (filePath) => /[\\/](libs|apps)[\\/]web[\\/]/.test(filePath)]],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          // /…/.test(error.message), /…/.exec(error.detail)
          'CallExpression[callee.property.name=/^(test|exec)$/] > MemberExpression.arguments[property.name=/^(message|detail)$/]',
          // error.message.match(/…/), error.message.includes('…'), error.detail.startsWith('…')
          'CallExpression[callee.property.name=/^(match|matchAll|includes|startsWith|endsWith|search|indexOf)$/][callee.object.property.name=/^(message|detail)$/]',
        ].map((selector) => ({
          selector,
          message:
            "Don't decide by an error's message: switch on ApiError.reason (extensions.reason), worded through REASON_WORDINGS in @brobygger/web/shared/util-forms.",
        })),
      ],
    },
  },
];
