import { spawnSync } from 'node:child_process';
import { extend } from './util-extend-shim';

describe('util._extend without the deprecation warning (http-proxy)', () => {
  it('copies own enumerable keys onto the target, as Node does', () => {
    const target = { a: 1, b: 2 };
    const source = Object.create({ inherited: true }) as Record<string, unknown>;
    source['b'] = 3;
    source['c'] = 4;
    expect(extend(target, source)).toBe(target);
    expect(target).toEqual({ a: 1, b: 3, c: 4 });
  });

  it('leaves the target as it is when the source is not an object', () => {
    const target = { a: 1 };
    expect(extend(target, 'xy')).toEqual({ a: 1 });
    expect(extend(target, null)).toEqual({ a: 1 });
    expect(extend(target, undefined)).toEqual({ a: 1 });
  });

  it('is what http-proxy gets, so a proxied request prints no DeprecationWarning', () => {
    // a process of its own: the warning is printed once per process, on the first call
    const script = `
      require('./util-extend-shim');
      const { createProxyMiddleware } = require('http-proxy-middleware');
      const common = require('http-proxy/lib/http-proxy/common');
      const outgoing = {};
      common.setupOutgoing(outgoing, { target: 'http://127.0.0.1:1' }, { headers: { a: '1' }, url: '/', method: 'GET' });
      if (outgoing.headers.a !== '1') throw new Error('headers not copied');
      void createProxyMiddleware;
    `;
    const run = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: __dirname,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/DEP0060|DeprecationWarning/);
  });
});
