import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait on the DOM; their 1 s default is sized for an idle machine. With a second suite running beside
// this one on two cores, every test ran 7.7× as long, so a passing wait is given room (it returns as soon as it holds).
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  if (typeof document === 'undefined') return;
  cleanup();
  sessionStorage.clear();
});
