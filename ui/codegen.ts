import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed from the schema files the app serves, so a schema change that breaks an operation breaks the build.
const config: CodegenConfig = {
  schema: '../query-side/src/main/resources/schema/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { AWSDateTime: 'string', AWSJSON: 'string', DateTime: 'string', JSON: 'unknown', Long: 'number' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
