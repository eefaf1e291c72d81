// `npm run lint`: Prettier checks the layout, ESLint the code. TypeScript is parsed with Babel's
// parser: typescript-eslint needs the TypeScript 5 compiler API, which TypeScript 7 (our compiler)
// does not ship. Type errors and unused names are the compiler's job (tsconfig.json).
import js from '@eslint/js';
import babelParser from '@babel/eslint-parser';
import regexp from 'eslint-plugin-regexp';

export default [
  { ignores: ['dist/', 'data/', 'node_modules/'] },
  js.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    languageOptions: {
      parser: babelParser,
      parserOptions: { requireConfigFile: false, babelOptions: { presets: ['@babel/preset-typescript'] } },
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        NodeJS: 'readonly',
        structuredClone: 'readonly',
        Intl: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      // The compiler checks these with the types in view (noUnusedLocals, noUnusedParameters).
      'no-unused-vars': 'off',
      'no-undef': 'off',
    },
  },
];
