#!/usr/bin/env node
// The sources are TypeScript run through tsx, so `npx kokuho` works right after `npm install`
// with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
