import {
  DimensionKind,
  chooseMainPart,
  dimensionsInCm,
  parseDimensions,
  toMillimetres,
} from './dimensions';

type Size = [height: number, width: number, depth?: number];

/** The expected lengths, without a depth key when there is no depth. */
function lengths([heightMm, widthMm, depthMm]: readonly [number, number, number?]) {
  return { heightMm, widthMm, ...(depthMm === undefined ? {} : { depthMm }) };
}

/** Real texts of tate-artworks.jsonl and what must be read from them (main part, in mm). */
const REAL_TEXTS: ReadonlyArray<{
  text: string;
  main?: { kind: DimensionKind; size: Size; each?: boolean };
  parts: number;
  variable?: boolean;
  weightGrams?: number;
  durationSeconds?: number;
}> = [
  { text: 'support: 394 x 419 mm', main: { kind: 'support', size: [394, 419] }, parts: 1 },
  { text: 'image: 112 x 97 mm', main: { kind: 'image', size: [112, 97] }, parts: 1 },
  {
    text: 'support: 394 x 419 mm\r\nframe: 520 x 545 x 75 mm',
    main: { kind: 'support', size: [394, 419] },
    parts: 2,
  },
  {
    text: 'frame: 1425 x 913 x 68 mm, 22 kg\r\nsupport: 1270 x 762 mm',
    main: { kind: 'support', size: [1270, 762] },
    parts: 2,
    weightGrams: 22_000,
  },
  {
    text: 'displayed: 2850 x 1619 x 1080 mm\r\nweight: 1311 Kilograms',
    main: { kind: 'displayed', size: [2850, 1619, 1080] },
    parts: 1,
    weightGrams: 1_311_000,
  },
  {
    text: 'object: 653 x 452 x 75 mm, 1.5 kg',
    main: { kind: 'object', size: [653, 452, 75] },
    parts: 1,
    weightGrams: 1_500,
  },
  {
    text: 'object: 533 x 546 x 44 mm, 28,5kg',
    main: { kind: 'object', size: [533, 546, 44] },
    parts: 1,
    weightGrams: 28_500,
  },
  {
    text: 'object: 406.4 x 368.8 x 203.2 mm, 24 kg',
    main: { kind: 'object', size: [406, 369, 203] },
    parts: 1,
    weightGrams: 24_000,
  },
  { text: 'Overall display dimensions variable', parts: 0, variable: true },
  { text: 'overall display dimensions variable\r\n', parts: 0, variable: true },
  { text: 'display dimensions variable', parts: 0, variable: true },
  {
    text: 'object, each: 1758 x 200 x 257 mm\r\nOverall display dimensions variable',
    main: { kind: 'object', size: [1758, 200, 257], each: true },
    parts: 1,
    variable: true,
  },
  {
    text: 'unconfirmed: 4250 x 1270 x 2550 mm (Variable)',
    main: { kind: 'unconfirmed', size: [4250, 1270, 2550] },
    parts: 1,
    variable: true,
  },
  { text: 'object:1575 x 1600 x 505', main: { kind: 'object', size: [1575, 1600, 505] }, parts: 1 },
  { text: 'NxNxNmm'.replace(/N/g, '7'), main: { kind: 'unlabelled', size: [7, 7, 7] }, parts: 1 },
  {
    text: 'displayed:600x605x35mm\r\nweight:2kg',
    main: { kind: 'displayed', size: [600, 605, 35] },
    parts: 1,
    weightGrams: 2_000,
  },
  {
    text: 'support: 712 mm x 914 mm \r\nframe: 800 x 1000 x 60 mm',
    main: { kind: 'support', size: [712, 914] },
    parts: 2,
  },
  {
    text: 'support: 1264 x 1003 mm\r\nFrame: H: 1502 mm,  W: 1250 mm, D: 80mm',
    main: { kind: 'support', size: [1264, 1003] },
    parts: 2,
  },
  {
    text: 'displayed: 866 x 669 x 29 mm\r\nsupport x 3: 210 x 296 mm\r\nframe: 870 x 408 x 30 mm',
    main: { kind: 'displayed', size: [866, 669, 29] },
    parts: 3,
  },
  {
    text: 'support (left panel): 4000 x 3000 mm\r\nsupport (centre panel): 4003 x 3000 mm\r\nsupport (right panel): 3979 x 2997 mm',
    main: { kind: 'support', size: [4000, 3000] },
    parts: 3,
  },
  { text: 'frame: 910 x 1105 x 95 mm', main: { kind: 'frame', size: [910, 1105, 95] }, parts: 1 },
  {
    text: 'image: 120 x 64 mm\r\nmount: 300 x 250 x 5 mm',
    main: { kind: 'image', size: [120, 64] },
    parts: 2,
  },
  {
    text: '10.5ft x 20 x 10 -overall display dimensions -variable',
    main: { kind: 'unlabelled', size: [3200, 6096, 3048] },
    parts: 1,
    variable: true,
  },
  {
    text: 'Overall dimensions variable\r\n11000 x 10000 x 6000mm (room size at Bexhill)',
    main: { kind: 'unlabelled', size: [11000, 10000, 6000] },
    parts: 1,
    variable: true,
  },
  { text: 'duration: 59min, 18sec', parts: 0, durationSeconds: 3558 },
  { text: 'duration: 12 min.', parts: 0, durationSeconds: 720 },
  {
    text: 'duration: 3 hours\r\noverall display dimensions variable',
    parts: 0,
    variable: true,
    durationSeconds: 10_800,
  },
  // "duration variable" is about time: the size is not said to vary.
  { text: 'duration variable: 1 min - 29 hours, 34 min\r\n', parts: 0, durationSeconds: 60 },
  {
    text: 'object: 1918 x 533 x 464 mm, 98kg (Gross 209kg)',
    main: { kind: 'object', size: [1918, 533, 464] },
    parts: 1,
    weightGrams: 98_000,
  },
  {
    text: 'unconfirmed: Panel 1 (wood and perspex sheet) 1220 x 910 mm; Panel 2 (mixed media and 2 perspex sheets) 1220 x 910 mm',
    main: { kind: 'unconfirmed', size: [1220, 910] },
    parts: 2,
  },
  {
    text: 'Table: 810 x 2000 x 740mm\r\nBack Support: 135 x 965 x 450mm',
    main: { kind: 'other', size: [810, 2000, 740] },
    parts: 2,
  },
  { text: '565 x 819mm unconfirmed', main: { kind: 'unlabelled', size: [565, 819] }, parts: 1 },
  {
    text: 'object: Nx Nx N mm\r\n\r\n\r\n'.replace(/N/g, '12'),
    main: { kind: 'object', size: [12, 12, 12] },
    parts: 1,
  },
  {
    text: 'support: 500 x 400 mm\rframe: 600 x 500 x 40 mm',
    main: { kind: 'support', size: [500, 400] },
    parts: 2,
  },
];

describe('parseDimensions on real Tate texts', () => {
  it.each(REAL_TEXTS.map((example) => ({ ...example, name: JSON.stringify(example.text) })))(
    '$name',
    ({ text, main, parts, variable = false, weightGrams, durationSeconds }) => {
      const parsed = parseDimensions(text);
      expect(parsed.unparsed).toBe(false);
      expect(parsed.empty).toBe(false);
      expect(parsed.parts).toHaveLength(parts);
      expect(parsed.variable).toBe(variable);
      expect(parsed.weightGrams).toBe(weightGrams);
      expect(parsed.durationSeconds).toBe(durationSeconds);
      if (main) {
        expect(parsed.main).toMatchObject({
          kind: main.kind,
          ...lengths(main.size),
          each: main.each ?? false,
        });
        if (main.size[2] === undefined) expect(parsed.main?.depthMm).toBeUndefined();
      } else {
        expect(parsed.main).toBeUndefined();
      }
    },
  );

  it.each([['Unconfirmed'], ['unconfirmed'], ['object (diameter): 485 mm']])(
    'reports %j as unparsed instead of throwing',
    (text) => {
      expect(parseDimensions(text)).toEqual({
        parts: [],
        variable: false,
        empty: false,
        unparsed: true,
      });
    },
  );

  it.each([[null], [undefined], [''], ['  \r\n ']])('treats %j as empty, not unparsed', (text) => {
    expect(parseDimensions(text)).toEqual({
      parts: [],
      variable: false,
      empty: true,
      unparsed: false,
    });
  });

  it('keeps the label, and says when the unit was assumed or a length rounded', () => {
    expect(parseDimensions('support: 712 x 914').main).toMatchObject({
      label: 'support',
      unitAssumed: true,
      roundedToMm: false,
    });
    expect(parseDimensions('object: 300 x 210 x 1.5 mm').main).toMatchObject({
      depthMm: 2,
      roundedToMm: true,
      unitAssumed: false,
    });
    expect(parseDimensions('object, each (closed case): 312 x 457 x 360 mm').main).toMatchObject({
      label: 'object, each (closed case)',
      each: true,
    });
  });
});

describe('sizes that cannot be true', () => {
  it.each([
    ['support: 0 x 0 mm', /has a side of 0 mm once rounded/],
    ['object: 300 x 210 x 0.4 mm', /has a side of 0 mm once rounded/],
    ['99999999999 x 1 mm', /has a side above 100000 cm/],
    ['support: 1000001 x 5 mm', /has a side above 100000 cm/],
    ['object: 2 x 3 x 999999 m', /has a side above 100000 cm/],
    ['1e400 x 5 mm', /is not a plain decimal number/],
    ['support: 5 x 1e3 mm', /is not a plain decimal number/],
    ['support: 2.5E+2 x 30 cm', /is not a plain decimal number/],
  ])('%j is read, and its part says why it is no size', (text, problem) => {
    const { main } = parseDimensions(text);
    expect(main?.problem).toMatch(problem);
  });

  it.each([['support: 1000000 x 1 mm'], ['support: 1 x 1 mm'], ['7x7x7mm']])(
    '%j is a size (a kilometre at most, a millimetre at least)',
    (text) => {
      const { main } = parseDimensions(text);
      expect(main).toBeDefined();
      expect(main?.problem).toBeUndefined();
    },
  );

  it('scales a length of any number of digits exactly', () => {
    expect(toMillimetres('99999999999', 'mm')).toEqual({ mm: 99_999_999_999, rounded: false });
    expect(toMillimetres('12345678901234567890', 'm').mm).toBeGreaterThan(1e22);
  });
});

describe('units', () => {
  it.each([
    ['394', 'mm', 394, false],
    ['39.4', 'cm', 394, false],
    ['39.45', 'cm', 395, true], // 394.5 mm, half up
    ['1.25', 'm', 1250, false],
    ['2', 'm', 2000, false],
    ['1', 'ft', 305, true], // 304.8 mm
    ['406.4', 'mm', 406, true],
    ['0.4', 'mm', 0, true],
  ] as const)('%s %s = %d mm', (text, unit, mm, rounded) => {
    expect(toMillimetres(text, unit)).toEqual({ mm, rounded });
  });

  it.each([
    ['support: 39.4 x 41.9 cm', [394, 419, undefined]],
    ['object: 1.2 x 0.8 x 0.45 m', [1200, 800, 450]],
    ['image: 25 cm x 30 cm', [250, 300, undefined]],
    ['object: 1,200 x 2,400 x 30 mm', [1200, 2400, 30]],
  ] as const)('reads %j', (text, size) => {
    expect(parseDimensions(text).main).toMatchObject(lengths(size));
  });

  it('gives centimetres exactly from the millimetres', () => {
    expect(dimensionsInCm({ heightMm: 394, widthMm: 419 })).toEqual({
      heightCm: 39.4,
      widthCm: 41.9,
    });
    expect(dimensionsInCm({ heightMm: 2850, widthMm: 1619, depthMm: 1080 })).toEqual({
      heightCm: 285,
      widthCm: 161.9,
      depthCm: 108,
    });
  });
});

describe('chooseMainPart', () => {
  const part = (kind: DimensionKind, each = false) => ({
    label: kind,
    kind,
    heightMm: 1,
    widthMm: 1,
    each,
    unitAssumed: false,
    roundedToMm: false,
  });

  it.each<[string, DimensionKind[], DimensionKind | undefined]>([
    ['support before frame', ['frame', 'support'], 'support'],
    ['support before image (the sheet, not the printed area)', ['image', 'support'], 'support'],
    ['object before displayed', ['displayed', 'object'], 'object'],
    ['overall before displayed', ['displayed', 'overall'], 'overall'],
    ['any label before a frame', ['frame', 'unconfirmed'], 'unconfirmed'],
    ['frame before mount when nothing else', ['mount', 'frame'], 'frame'],
    ['nothing from nothing', [], undefined],
  ])('%s', (_, kinds, expected) => {
    expect(chooseMainPart(kinds.map((kind) => part(kind)))?.kind).toBe(expected);
  });

  it('prefers a part measuring the whole over one measuring each piece', () => {
    const chosen = chooseMainPart([part('support', true), part('displayed')]);
    expect(chosen).toMatchObject({ kind: 'displayed', each: false });
  });
});
