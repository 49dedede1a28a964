// Vite's client types: lets TypeScript accept the stylesheet imports in main.ts.
/// <reference types="vite/client" />
