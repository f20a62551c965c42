import path from 'node:path';

// Compiled files sit at the same depth under dist/ as their sources under src/, so these hold for both.
export const API_PACKAGE_ROOT = path.resolve(__dirname, '..', '..');
export const REPO_ROOT = path.resolve(API_PACKAGE_ROOT, '..', '..');
