// The fixed-point ln and exp of the high-precision judge, against decimal.js at 20 more digits.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { expFixed, lnFixed } from '../../../src/core/math/fixed-point.js';
import { seededRandom } from '../../../src/core/random.js';

const random = seededRandom(314);

describe('fixed-point ln and exp', () => {
  it('ln 2 and ln 10 match their published digits', () => {
    expect(lnFixed(new Decimal(2), 40)!.toSignificantDigits(40).toString()).toBe('0.6931471805599453094172321214581765680755');
    expect(lnFixed(new Decimal(10), 40)!.toSignificantDigits(40).toString()).toBe('2.302585092994045684017991454684364207601');
    expect(expFixed(new Decimal(1), 40)!.toSignificantDigits(40).toString()).toBe('2.718281828459045235360287471352662497757');
  });

  it.each([56, 62, 240])('agree with decimal.js to 10^-%i relatively, from 1e-320 to 1e300 and exp(±1e5)', (digits) => {
    const reference = Decimal.clone({ precision: digits + 20 });
    let worst = 0;
    for (let k = 0; k < 60; k++) {
      const x = new Decimal(10).pow(Math.round(random() * 620 - 320)).times(1 + 9 * random());
      const ln = lnFixed(x, digits);
      if (ln) worst = Math.max(worst, ln.minus(reference.ln(x)).div(reference.ln(x)).abs().toNumber());
      const y = new Decimal((random() - 0.5) * 10 ** (random() * 8 - 3)).toSignificantDigits(25);
      const exp = expFixed(y, digits)!;
      worst = Math.max(worst, exp.minus(reference.exp(y)).div(reference.exp(y)).abs().toNumber());
    }
    expect(worst).toBeLessThan(10 ** -digits);
  });

  it('ln near 1 keeps its relative precision (more places for the leading zeros of x − 1)', () => {
    const Wide = Decimal.clone({ precision: 320 });
    for (const [text, digits] of [['1.0000001', 56], ['0.9999999999', 56], ['1.' + '0'.repeat(49) + '3', 56], ['1.' + '0'.repeat(200) + '7', 240]] as const) {
      const mine = lnFixed(new Decimal(text), digits);
      expect(mine, text).toBeDefined();
      const truth = Wide.ln(new Wide(text));
      expect(new Wide(mine!).minus(truth).abs().lte(truth.abs().times(new Wide(10).pow(-digits))), text).toBe(true);
    }
  });

  it('leave to decimal.js what they cannot do well: non-positive or infinite values, exp beyond 1e6', () => {
    expect(lnFixed(new Decimal(0), 56)).toBeUndefined();
    expect(lnFixed(new Decimal(-2), 56)).toBeUndefined();
    expect(lnFixed(new Decimal(Infinity), 56)).toBeUndefined();
    expect(expFixed(new Decimal(2e6), 56)).toBeUndefined();
    expect(expFixed(new Decimal(Infinity), 56)).toBeUndefined();
  });
});
