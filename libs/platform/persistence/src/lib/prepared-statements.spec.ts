import { escapeLiteral } from 'pg';
import { quoted } from './prepared-statements';

describe('quoted', () => {
  it.each([
    '',
    'plain',
    "O'Brien",
    "''",
    'back\\slash',
    "both ' and \\ and \\' together",
    '{"name":"Galerie Lumière\'s","path":"C:\\\\art"}',
    '北京 — $1 ;COMMIT; --',
    'E\'not a prefix',
  ])('writes %j as pg escapeLiteral does', (text) => {
    expect(quoted(text)).toBe(escapeLiteral(text));
  });
});
