import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed Apollo Angular services for the web app, generated from the committed schema file (never
 * from a running server). `npm run codegen`; `npm run codegen:check` fails when they are stale.
 */
const dataAccessLibraries = [
  'libs/web/catalogue/data-access',
  'libs/web/accounts/data-access',
  'libs/web/associations/data-access',
  'libs/web/volunteers/data-access',
  'libs/web/matches/data-access',
  'libs/web/follow-up/data-access',
  'libs/web/participants/data-access',
  'libs/web/fritidspas/data-access',
];

const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  generates: {
    ...Object.fromEntries(
      dataAccessLibraries.map((library) => [
        `${library}/src/lib/graphql.generated.ts`,
        {
          documents: `${library}/src/**/*.graphql`,
          plugins: ['typescript-operations', 'typescript-apollo-angular'],
          config: {
            addExplicitOverride: true,
            enumsAsTypes: true,
            useTypeImports: true,
            scalars: { DateTime: 'string' },
          },
        },
      ]),
    ),
    // The schema's enums, among them every `…ErrorReason` an error's `extensions.reason` can be: no
    // operation selects them (they are outside GraphQL's types), so the operations above never do.
    'libs/web/shared/util-forms/src/lib/schema-enums.generated.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsTypes: true },
    },
  },
};

export default config;
