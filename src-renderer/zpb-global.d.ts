// `window.zpb` is the preload's API, typed from the shared contract.
import type { ZpbApi } from '../src-shared/ipc-contract.js';

declare global {
  interface Window {
    zpb: ZpbApi;
  }
}
export {};
