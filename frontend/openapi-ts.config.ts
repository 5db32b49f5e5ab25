import { defineConfig } from '@hey-api/openapi-ts';

// The client is generated from the committed OpenAPI document, never written by hand.
export default defineConfig({
  input: '../backend/openapi/v1.json',
  output: { path: 'src/api/generated' },
  plugins: ['@hey-api/client-fetch', '@tanstack/react-query'],
});
