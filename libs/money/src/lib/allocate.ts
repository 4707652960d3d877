import { Money, MoneyFormatError } from './money';

/**
 * Splits an amount into parts proportional to integer ratios without losing or creating a
 * single minor unit: the parts always sum to the whole.
 *
 * Each part first gets its exact share rounded towards zero; the few minor units left over go,
 * one each, to the parts whose exact share had the largest fraction cut off (largest-remainder
 * method), ties going to the earlier part. That keeps every part within one minor unit of its
 * exact share and makes the result depend only on the inputs, so re-running a split (e.g. a
 * duty across invoice lines) always gives the same parts.
 *
 * Ratios are weights, not fractions: [1, 1, 1] splits in thirds, [7000, 3000] is 70 % / 30 %.
 * Number ratios must be safe integers; a fractional number would smuggle a float into money.
 * A negative amount is split like its absolute value and every part negated.
 */
export function allocate(amount: Money, ratios: readonly bigint[] | readonly number[]): Money[] {
  const weights = toWeights(ratios);
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  if (total === 0n) throw new MoneyFormatError('cannot allocate by ratios that sum to zero');

  const negative = amount.minor < 0n;
  const whole = negative ? -amount.minor : amount.minor;

  const shares = weights.map((weight, index) => {
    const exact = whole * weight;
    return { index, share: exact / total, remainder: exact % total };
  });
  let leftOver = whole - shares.reduce((sum, part) => sum + part.share, 0n);

  // Largest remainder first, then the earlier part: a total order, hence deterministic.
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (leftOver === 0n) break;
    part.share += 1n;
    leftOver -= 1n;
  }

  return shares.map((part) => ({
    minor: negative ? -part.share : part.share,
    currency: amount.currency,
  }));
}

function toWeights(ratios: readonly bigint[] | readonly number[]): bigint[] {
  if (ratios.length === 0) throw new MoneyFormatError('cannot allocate into zero parts');
  return ratios.map((ratio: bigint | number, index) => {
    if (typeof ratio === 'number' && !Number.isSafeInteger(ratio)) {
      throw new MoneyFormatError(
        `ratio #${index} is ${ratio}: ratios must be whole numbers (use e.g. basis points for percentages)`,
      );
    }
    const weight = BigInt(ratio);
    if (weight < 0n) throw new MoneyFormatError(`ratio #${index} is negative (${weight})`);
    return weight;
  });
}
