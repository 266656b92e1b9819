import { describe, expect, it } from 'vitest';
import { formKeyOf } from '../../../src/core/math/index.js';

const same = (a: string, b: string) => expect(formKeyOf(a), `${a} vs ${b}`).toBe(formKeyOf(b));
const differ = (a: string, b: string) => expect(formKeyOf(a), `${a} vs ${b}`).not.toBe(formKeyOf(b));
const GOAL = '(1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)';

describe('the written form of a step: changes that show no work', () => {
  it.each([
    ['order of terms and factors', 'a*b + c', 'c + b*a'],
    ['brackets', '(a*b)*(c)', 'a*(b*c)'],
    ['+ 0 and · 1', `${GOAL} + 0`, `1*${GOAL}`],
    ['constant arithmetic', `${GOAL}*(2/2)`, `exp(0)*${GOAL}`],
    ['a constant that rounds to nothing', `${GOAL} + 1/exp(1000)`, GOAL],
    ['double negation', `-(-${GOAL})`, GOAL],
    ['like terms that cancel', `${GOAL} + pt - pt`, GOAL],
    ['a factor against its reciprocal', `${GOAL}*pt/pt`, GOAL],
    ['numeric powers of one base', 'x*x*y', 'x^2*y'],
    ['sign pulled into a bracket', '(1-pt)^gamma*(gamma*pt*log(pt) - (1-pt))', GOAL],
    ['an exponent of one', 'u^1*log(u)', 'log(u)*u'],
  ])('%s', (_, a, b) => same(a, b));

  it.each([
    ['a substitution', '-log(pt)', '-log(sigmoid(x))'],
    ['a symbolic power combined', 'u^gamma*u', 'u^(gamma+1)'],
    ['a product expanded', '(1-pt)^gamma*(pt-1)', '(1-pt)^gamma*pt - (1-pt)^gamma'],
    ['an identity used', 'log(1+exp(-x))', 'softplus(-x)'],
    ['a different constant', '2*x', '3*x'],
    ['a sign', 'pt - 1', '1 - pt'],
  ])('%s is work', (_, a, b) => differ(a, b));
});
