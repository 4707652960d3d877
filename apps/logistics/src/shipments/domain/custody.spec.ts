import { custodyGap, custodyProblem, custodyText, trackingDetail } from './custody';

const handover = { from: 'Art Handling Ltd', to: 'Air France Cargo', signedBy: 'Marie Dubois' };

describe('custody hand-overs', () => {
  it('reads as the timeline shows it', () => {
    expect(custodyText(handover)).toBe(
      'custody: Art Handling Ltd → Air France Cargo, signed by Marie Dubois',
    );
    expect(custodyText({ from: ' Art Handling Ltd ', to: 'AF Cargo\t', signedBy: ' M. D.' })).toBe(
      'custody: Art Handling Ltd → AF Cargo, signed by M. D.',
    );
  });

  it('puts the hand-over after the place in the tracking entry', () => {
    expect(trackingDetail('Shanghai Pudong, cargo terminal 2', handover)).toBe(
      'Shanghai Pudong, cargo terminal 2; custody: Art Handling Ltd → Air France Cargo, signed by Marie Dubois',
    );
    expect(trackingDetail('CDG')).toBe('CDG');
  });

  it('refuses a hand-over to oneself', () => {
    expect(custodyProblem(handover)).toBeUndefined();
    expect(custodyProblem({ ...handover, to: '  art handling  LTD' })).toBe(
      'custody.to must be another party than custody.from',
    );
  });

  it('shows a gap in the chain when the crate is handed over by someone who was not given it', () => {
    expect(custodyGap(null, handover)).toBeUndefined(); // the first hand-over starts the chain
    expect(custodyGap('art handling ltd', handover)).toBeUndefined();
    expect(custodyGap('Shanghai Fine Art Packers', handover)).toBe(
      'custody gap: last signed over to Shanghai Fine Art Packers, now handed over by Art Handling Ltd',
    );
    expect(trackingDetail('CDG', handover, 'Shanghai Fine Art Packers')).toBe(
      'CDG; custody: Art Handling Ltd → Air France Cargo, signed by Marie Dubois (custody gap: last signed over to Shanghai Fine Art Packers, now handed over by Art Handling Ltd)',
    );
  });
});
