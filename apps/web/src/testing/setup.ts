import { cleanup, configure } from '@testing-library/react';

// findBy*/waitFor wait for lazy screens and fake API answers; on a loaded 2-core CI machine the
// library's 1 s default is too short, and a slow pass is not a failure (speed is benchmarked).
configure({ asyncUtilTimeout: 5_000 });
jest.setTimeout(30_000);

// Each test starts with an empty page and nothing stored from the one before.
afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
});
