import { splitInstants } from './instants';

describe('splitInstants', () => {
  it('cuts a service’s text around the ISO instants it names, keeping the rest', () => {
    expect(
      splitInstants('due by 2026-12-21T22:34:02.227Z, extended at 2026-06-21T06:34+08:00.'),
    ).toEqual([
      { text: 'due by ', instant: false },
      { text: '2026-12-21T22:34:02.227Z', instant: true },
      { text: ', extended at ', instant: false },
      { text: '2026-06-21T06:34+08:00', instant: true },
      { text: '.', instant: false },
    ]);
  });

  it('leaves a text without instants whole, and a day or an impossible time as written', () => {
    expect(splitInstants('cleared on 2026-11-24')).toEqual([
      { text: 'cleared on 2026-11-24', instant: false },
    ]);
    expect(splitInstants('at 2026-13-45T99:99Z')).toEqual([
      { text: 'at 2026-13-45T99:99Z', instant: false },
    ]);
    expect(splitInstants('')).toEqual([]);
  });
});
