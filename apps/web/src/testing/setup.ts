import { cleanup } from '@testing-library/react';

// Each test starts with an empty page and nothing stored from the one before.
afterEach(() => {
  cleanup();
  window.sessionStorage.clear();
  window.localStorage.clear();
});
