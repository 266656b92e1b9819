#!/usr/bin/env python3
"""Labelled expression pairs for the equivalence checker (test/fixtures/equivalence-corpus.json).

Each pair is labelled by reasoning (the `equivalent` column below), then the label is confirmed
here by sampling both sides with mpmath at 60 significant digits: uniformly, and on a log scale
towards each end of every interval. A pair whose label the sampling contradicts stops the script.
Run: python3 scripts/corpus/equivalence_corpus.py > test/fixtures/equivalence-corpus.json
(Debian python3-mpmath; not a dependency of the project.)
"""
import json
import random
import re
import sys
import zlib

import mpmath as mp

mp.mp.dps = 60

def sigmoid(x): return 1 / (1 + mp.exp(-x))
def softplus(x): return mp.log1p(mp.exp(-abs(x))) + max(x, 0)
def logsigmoid(x): return -softplus(-x)
def logit(p):
    if not (0 < p < 1): raise ValueError
    return mp.log(p) - mp.log1p(-p)
def relu(x): return max(x, 0)
def sign(x): return mp.sign(x)
def clip(x, lo, hi): return min(max(x, lo), hi)
def log(x, b=None):
    if x <= 0 or (b is not None and (b <= 0 or b == 1)): raise ValueError
    return mp.log(x) if b is None else mp.log(x) / mp.log(b)
def sqrt(x):
    if x < 0: raise ValueError
    return mp.sqrt(x)
def log1p(x):
    if x <= -1: raise ValueError
    return mp.log1p(x)
def power(a, b):
    if a == 0 and b < 0: raise ValueError
    if a < 0 and b != int(b): raise ValueError
    return mp.power(a, b)

NAMES = dict(sigmoid=sigmoid, softplus=softplus, logsigmoid=logsigmoid, logit=logit, relu=relu, sign=sign,
             clip=clip, clamp=clip, log=log, ln=log, sqrt=sqrt, log1p=log1p, exp=mp.exp, expm1=mp.expm1,
             log2=lambda x: log(x, 2), log10=lambda x: log(x, 10), abs=abs, min=min, max=max, sin=mp.sin,
             cos=mp.cos, tan=mp.tan, sinh=mp.sinh, cosh=mp.cosh, tanh=mp.tanh, erf=mp.erf, pi=mp.pi, e=mp.e,
             pow=power, mpf=mp.mpf)

DEFAULTS = {'pt': (0, 1, True, True), 'p': (0, 1, True, True), 'alpha': (0, 1, True, True),
            'gamma': (0, 5, False, False), 'x': (-10, 10, False, False), 'z': (-10, 10, False, False)}

# A number as written (1e40 is 10^40, 0.1 is 1/10), as the checker reads it; not a double.
NUMBER = re.compile(r'(?<![\w.])(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?')

def to_python(src):
    s = src.replace('^', '**').replace('×', '*').replace('·', '*').replace('−', '-')
    s = re.sub(r'√(\w+)', r'sqrt(\1)', s).replace('√(', 'sqrt(')
    # mpmath's ** gives a complex number for a negative base and a fractional exponent: read as undefined
    return NUMBER.sub(lambda m: f"mpf('{m.group(0)}')", s)

def evaluate(src, scope):
    try:
        v = eval(to_python(src), {'__builtins__': {}}, {**NAMES, **scope})
    except (ValueError, ZeroDivisionError, OverflowError):
        return None
    if isinstance(v, mp.mpc):
        if abs(v.imag) > mp.mpf(10) ** -50 * max(1, abs(v.real)): return None
        v = v.real
    v = mp.mpf(v)
    if mp.isnan(v) or mp.isinf(v): return None
    return v

def parse_where(where):
    domains = {}
    for m in re.finditer(r'(\w+) in ([\[(])\s*([^,]+),\s*([^\])]+)([\])])', where or ''):
        domains[m.group(1)] = (float(eval(m.group(3), {}, {'pi': 3.141592653589793})), float(eval(m.group(4), {}, {'pi': 3.141592653589793})), m.group(2) == '(', m.group(5) == ')')
    return domains

def variables(src):
    names = set(re.findall(r'[A-Za-z_][A-Za-z0-9_]*', NUMBER.sub('0', src))) - set(NAMES)
    return sorted(names)

def samples(domain, rng, n=400):
    lo, hi, lo_open, hi_open = domain
    points = []
    for _ in range(n):
        r = rng.random()
        if r < 0.6:
            points.append(mp.mpf(lo) + (mp.mpf(hi) - lo) * mp.mpf(rng.random()))
        else:
            d = (mp.mpf(hi) - lo) * mp.mpf(10) ** (-1 - 306 * rng.random())
            points.append(mp.mpf(lo) + d if r < 0.8 else mp.mpf(hi) - d)
    if not lo_open: points.append(mp.mpf(lo))
    if not hi_open: points.append(mp.mpf(hi))
    return points

def inside(domain, v):
    lo, hi, lo_open, hi_open = domain
    return (v > lo if lo_open else v >= lo) and (v < hi if hi_open else v <= hi)

def removable(a, b, scope, tol):
    for step in (mp.mpf('1e-20'), mp.mpf('-1e-20')):
        near = {n: v + step for n, v in scope.items()}
        va, vb = evaluate(a, near), evaluate(b, near)
        if va is None or vb is None or abs(va - vb) > tol * max(abs(va), abs(vb)): return False
    return True

def confirm(a, b, where, tol=mp.mpf('1e-9')):
    domains = parse_where(where)
    names = sorted(set(variables(a)) | set(variables(b)))
    doms = {n: domains.get(n, DEFAULTS.get(n, (-2, 2, False, False))) for n in names}
    rng = random.Random(zlib.crc32(repr((a, b, where)).encode()))
    columns = {n: samples(doms[n], rng) for n in names}
    count = max((len(c) for c in columns.values()), default=1)
    for i in range(count):
        scope = {n: columns[n][i % len(columns[n])] for n in names}
        # shuffle pairing for several variables
        for n in names[1:]:
            scope[n] = rng.choice(columns[n])
        scope = {n: v for n, v in scope.items() if inside(doms[n], v)}
        if len(scope) < len(names): continue
        va, vb = evaluate(a, scope), evaluate(b, scope)
        if (va is None) != (vb is None):
            # More digits first (1 − σ(900) needs 400), then: an isolated point is a removable singularity.
            with mp.workdps(1200):
                va, vb = evaluate(a, scope), evaluate(b, scope)
            if (va is None) != (vb is None) and not removable(a, b, scope, tol): return False, scope
            continue
        if va is None and vb is None: continue
        if abs(va - vb) > tol * max(abs(va), abs(vb)) + mp.mpf(10) ** -400:
            with mp.workdps(1200):
                va, vb = evaluate(a, scope), evaluate(b, scope)
                if va is None or vb is None or abs(va - vb) > tol * max(abs(va), abs(vb)) + mp.mpf(10) ** -1000: return False, scope
    return True, None

# ML-interview forms
ml = [
    ('-(1-pt)^gamma*log(pt)', '(1-pt)^gamma*log(1/pt)', '', True),
    ('-alpha*(1-pt)^gamma*log(pt)', 'alpha*(1-pt)^gamma*(-log(pt))', '', True),
    ('-(1-pt)^gamma*log(pt)', '-(1-pt)^gamma*ln(pt)', '', True),
    ('-log(pt)', 'log(1/pt)', '', True),
    ('-log(sigmoid(x))', 'softplus(-x)', '', True),
    ('-log(1-sigmoid(x))', 'softplus(x)', '', True),
    ('log(1-sigmoid(x))', '-softplus(x)', 'x in [-50, 50]', True),
    ('exp(x)/(1+exp(x))', 'sigmoid(x)', 'x in [-1000, 1000]', True),
    ('sigmoid(x)*(1-sigmoid(x))/(sigmoid(x)-sigmoid(x)^2)', '1', 'x in [-50, 50]', True),
    ('1-sigmoid(x)', 'sigmoid(-x)', '', True),
    ('sigmoid(x)*(1-sigmoid(x))', 'sigmoid(x)*sigmoid(-x)', '', True),
    ('sigmoid(x)*(1-sigmoid(x))', 'exp(-x)/(1+exp(-x))^2', 'x in [-30, 30]', True),
    ('log(sigmoid(x))', 'logsigmoid(x)', 'x in [-100, 100]', True),
    ('log(sigmoid(x))', '-log(1+exp(-x))', 'x in [-30, 30]', True),
    ('logit(sigmoid(x))', 'x', 'x in [-30, 30]', True),
    ('sigmoid(logit(p))', 'p', '', True),
    ('logit(p)', 'log(p/(1-p))', '', True),
    ('logit(p)', 'log(p) - log(1-p)', '', True),
    ('softplus(x) - softplus(-x)', 'x', 'x in [-100, 100]', True),
    ('softplus(x)', 'log(1+exp(x))', 'x in [-30, 30]', True),
    ('softplus(x)', 'x + log(1+exp(-x))', 'x in [-30, 30]', True),
    ('tanh(x)', '2*sigmoid(2*x) - 1', 'x in [-20, 20]', True),
    ('tanh(x)', '(exp(x)-exp(-x))/(exp(x)+exp(-x))', 'x in [-20, 20]', True),
    ('tanh(x)', 'sinh(x)/cosh(x)', 'x in [-20, 20]', True),
    ('cosh(x)^2 - sinh(x)^2', '1', 'x in [-5, 5]', True),
    ('1 - tanh(x)^2', '1/cosh(x)^2', 'x in [-5, 5]', True),
    ('x*0.5*(1+erf(x/sqrt(2)))', 'x*(1+erf(x/√2))/2', 'x in [-6, 6]', True),
    ('relu(x)', 'max(x, 0)', '', True),
    ('relu(x)', '(x + abs(x))/2', '', True),
    ('relu(x) - relu(-x)', 'x', '', True),
    ('clip(x, -1, 1)', 'min(max(x, -1), 1)', '', True),
    ('clamp(pt, 1e-7, 1 - 1e-7)', 'max(min(pt, 1 - 1e-7), 1e-7)', '', True),
    ('expm1(x)', 'exp(x) - 1', 'x in [-5, 5]', True),
    ('log1p(x)', 'log(1+x)', 'x in (-1, 5]', True),
    ('log2(x)', 'log(x)/log(2)', 'x in (0, 100]', True),
    ('log(x, 10)', 'log10(x)', 'x in (0, 100]', True),
    ('pow(pt, gamma)', 'pt^gamma', '', True),
    ('pt**gamma', 'exp(gamma*log(pt))', '', True),
    ('sin(x)^2 + cos(x)^2', '1', '', True),
    ('tan(x)', 'sin(x)/cos(x)', 'x in [-1.5, 1.5]', True),
    ('sign(x)*abs(x)', 'x', '', True),
    ('(1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)', '(1-pt)^gamma*(gamma*pt*log(pt) - (1-pt))', '', True),
    ('-gamma*(1-pt)^(gamma-1)*log(pt) + (1-pt)^gamma/pt', '(1-pt)^(gamma-1)*((1-pt)/pt - gamma*log(pt))', 'pt in (0, 1), gamma in [1, 5]', True),
    ('-log(pt) - log(1-pt)', '-log(pt*(1-pt))', '', True),
    ('-(y*log(p) + (1-y)*log(1-p))', '-y*log(p) - (1-y)*log(1-p)', 'y in [0, 1]', True),
    ('-y*log(sigmoid(z)) - (1-y)*log(1-sigmoid(z))', 'softplus(z) - y*z', 'y in [0, 1], z in [-30, 30]', True),
    ('sigmoid(z) - y', '-(y*(1-sigmoid(z)) - (1-y)*sigmoid(z))', 'y in [0, 1]', True),
    ('exp(log(pt)*gamma)', '(exp(log(pt)))^gamma', '', True),
    ('(1 - pt)^2*log(pt)', '(pt^2 - 2*pt + 1)*log(pt)', '', True),
    ('sqrt(x^2)', 'abs(x)', '', True),
    ('x × 2 · y', '2*x*y', '', True),
    ('√(1 - pt)', '(1-pt)^0.5', '', True),
]

# ML near-misses and typical mistakes (not equivalent)
miss = [
    ('-(1-pt)^gamma*log(pt)', '-(1-pt)^(gamma+1)*log(pt)', ''),
    ('-(1-pt)^gamma*log(pt)', '-pt^gamma*log(pt)', ''),
    ('-(1-pt)^gamma*log(pt)', '(1-pt)^gamma*log(pt)', ''),
    ('-alpha*(1-pt)^gamma*log(pt)', '-(1-pt)^gamma*log(pt)', ''),
    ('-alpha*(1-pt)^gamma*log(pt)', '-(1-alpha)*(1-pt)^gamma*log(pt)', ''),
    ('-(1-pt)^gamma*log(pt)', '-(1-pt)*gamma*log(pt)', ''),
    ('-log(pt)', 'log(pt)', ''),
    ('sigmoid(x)*(1-sigmoid(x))', 'sigmoid(x)^2', ''),
    ('sigmoid(x)*(1-sigmoid(x))', 'sigmoid(x)', ''),
    ('sigmoid(x)', '1/(1+exp(x))', ''),
    ('sigmoid(x)', 'exp(-x)/(1+exp(-x))', ''),
    ('softplus(x)', 'log(exp(x))', ''),
    ('softplus(x)', 'log(1-exp(x))', 'x in [-10, -0.1]'),
    ('softplus(x)', 'relu(x)', ''),
    ('log(1-sigmoid(x))', 'softplus(x)', 'x in [-50, 50]'),
    ('-log(sigmoid(x))', 'softplus(x)', ''),
    ('tanh(x)', '2*sigmoid(x) - 1', ''),
    ('tanh(x)', 'sigmoid(2*x)', ''),
    ('1 - tanh(x)^2', '1 - tanh(x)', 'x in [-5, 5]'),
    ('x*0.5*(1+erf(x/sqrt(2)))', 'x*0.5*(1+erf(x))', 'x in [-6, 6]'),
    ('x*0.5*(1+erf(x/sqrt(2)))', 'x*sigmoid(1.702*x)', 'x in [-6, 6]'),
    ('relu(x)', 'abs(x)', ''),
    ('clip(x, -1, 1)', 'max(min(x, -1), 1)', ''),
    ('clip(pt, 1e-7, 1 - 1e-7)', 'pt', ''),
    ('expm1(x)', 'exp(x)', ''),
    ('log1p(x)', 'log(x)', 'x in (0, 5]'),
    ('log2(x)', 'log10(x)', 'x in (0, 100]'),
    ('logit(p)', 'log(p/(1+p))', ''),
    ('logit(p)', 'log((1-p)/p)', ''),
    ('(1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)', '(1-pt)^gamma*(gamma*pt*log(pt) + pt + 1)', ''),
    ('(1-pt)^gamma*(gamma*pt*log(pt) + pt - 1)', '(1-pt)^gamma*(gamma*log(pt) + pt - 1)', ''),
    ('-gamma*(1-pt)^(gamma-1)*log(pt) + (1-pt)^gamma/pt', 'gamma*(1-pt)^(gamma-1)*log(pt) - (1-pt)^gamma/pt', 'pt in (0, 1), gamma in [1, 5]'),
    ('softplus(z) - y*z', 'softplus(z) - y', 'y in [0, 1], z in [-30, 30]'),
    ('sigmoid(z) - y', 'y - sigmoid(z)', 'y in [0, 1]'),
    ('-(y*log(p) + (1-y)*log(1-p))', '-(y*log(p) + (1-y)*log(p))', 'y in [0, 1]'),
    ('sin(x)^2 + cos(x)^2', 'sin(x)^2 - cos(x)^2 + 2*cos(x)^2 + 1e-6', ''),
    ('(1 - pt)^2*log(pt)', '(pt^2 - 2*pt - 1)*log(pt)', ''),
    ('pt^gamma', 'gamma^pt', ''),
    ('exp(x)/(1+exp(x))', '1/(1+exp(x))', 'x in [-1000, 1000]'),
]

# Domain-sensitive pairs
dom = [
    ('sqrt(x^2)', 'x', 'x in [0, 5]', True),
    ('sqrt(x^2)', 'x', 'x in [-5, 5]', False),
    ('(x^2)^0.5', 'abs(x)', 'x in [-1, 1]', True),
    ('log(x^2)', '2*log(x)', 'x in (0, 5]', True),
    ('log(x^2)', '2*log(x)', 'x in [-5, 5]', False),
    ('log(x^2)', '2*log(abs(x))', 'x in [-5, 5]', True),
    ('exp(log(x))', 'x', 'x in (0, 10]', True),
    ('exp(log(x))', 'x', 'x in [-10, 10]', False),
    ('log(exp(x))', 'x', 'x in [-100, 100]', True),
    ('sqrt(x)^2', 'x', 'x in [0, 4]', True),
    ('sqrt(x)^2', 'x', 'x in [-4, 4]', False),
    ('log(x*y)', 'log(x) + log(y)', 'x in (0, 3], y in (0, 3]', True),
    ('log(x*y)', 'log(x) + log(y)', 'x in [-3, 3], y in [-3, 3]', False),
    ('sqrt(x*y)', 'sqrt(x)*sqrt(y)', 'x in [0, 3], y in [0, 3]', True),
    ('sqrt(x*y)', 'sqrt(x)*sqrt(y)', 'x in [-3, 3], y in [-3, 3]', False),
    ('log(pt/(1-pt))', 'logit(pt)', '', True),
    ('log(1/x)', '-log(x)', 'x in (0, 10]', True),
    ('log(max(pt, 1e-15))', 'log(pt)', '', False),
    ('log(max(pt, 1e-300))', 'log(pt)', '', False),
    ('max(pt, 1e-9)', 'pt', '', False),
    ('min(pt, 1 - 1e-6)', 'pt', '', False),
    ('(x^3)^(1/3)', 'x', 'x in [0, 8]', True),
    ('(x^3)^(1/3)', 'x', 'x in [-8, 8]', False),
    ('abs(x)/x', 'sign(x)', 'x in (0, 5]', True),
    ('abs(x)/x', '1', 'x in (0, 5]', True),
    ('abs(x)/x', '1', 'x in [-5, 5]', False),
    ('acosh', 'acosh', '', None),
    ('log(1-pt)', 'log1p(-pt)', '', True),
    ('sqrt(1-x^2)', 'sqrt((1-x)*(1+x))', 'x in [-1, 1]', True),
    ('sqrt(1-x^2)', 'sqrt(1-x)*sqrt(1+x)', 'x in [-1, 1]', True),
    ('1/(1/x)', 'x', 'x in (0, 10]', True),
    ('x^0.5', 'sqrt(x)', 'x in [-1, 1]', True),
    ('log(x, 2)', 'log2(x)', 'x in (0, 10]', True),
    ('(1-pt)^gamma', '(1-pt)^gamma', '', True),
    ('pt^0', '1', '', True),
]

# Large magnitudes
big = [
    ('log(1-sigmoid(x))', '-softplus(x)', 'x in [-1000, 1000]', True),
    ('log(sigmoid(x))', '-softplus(-x)', 'x in [-1000, 1000]', True),
    ('sigmoid(x)', '2*sigmoid(x)', 'x in [-60, -40]', False),
    ('sigmoid(x)', 'sigmoid(x) + 1e-30', 'x in [-80, -60]', False),
    ('exp(x)', 'exp(x) + 1', 'x in [-100, 100]', False),
    ('exp(x)*exp(-x)', '1', 'x in [-700, 700]', True),
    ('exp(x)*exp(x)', 'exp(2*x)', 'x in [-300, 300]', True),
    ('exp(x)/exp(x - 1)', 'e', 'x in [-700, 700]', True),
    ('1 + 1e-20*x', '1', 'x in [-1, 1]', True),
    ('x + 1e-3', 'x', 'x in [1e6, 1e7]', True),
    ('x + 1', 'x', 'x in [1e6, 1e7]', False),
    ('x*1e300', 'x*1e300*(1 + 1e-6)', 'x in [1, 10]', False),
    ('1e-300*x', '1e-300*x*(1+1e-6)', 'x in [1, 10]', False),
    ('(1+1/x)^x', 'exp(x*log1p(1/x))', 'x in [1, 1e6]', True),
    ('softplus(x)', 'x', 'x in [40, 1000]', True),
    ('softplus(x)', 'x + 1e-30', 'x in [40, 50]', True),
    ('softplus(-x)', 'exp(-x)', 'x in [60, 700]', True),
    ('softplus(-x)', '0', 'x in [60, 700]', False),
    ('tanh(x)', '1', 'x in [30, 1000]', True),
    ('1 - tanh(x)', '2*sigmoid(-2*x)', 'x in [10, 300]', True),
    ('1 - tanh(x)', '0', 'x in [30, 300]', False),
    ('logsigmoid(x)', 'x', 'x in [-1000, -40]', True),
    ('logsigmoid(x)', 'x - exp(x)', 'x in [-1000, -40]', True),
    ('erf(x)', '1', 'x in [10, 20]', True),
    ('1 - erf(x)', '0', 'x in [3, 6]', False),
    ('cosh(x)', 'exp(x)/2', 'x in [40, 700]', True),
    ('sinh(x)', 'cosh(x)', 'x in [40, 700]', True),
    ('sinh(x)', 'cosh(x)', 'x in [0, 5]', False),
    ('42 + 1/exp(1000)', '42', '', True),
    ('x', 'x + 5 + 0^0.5', '', False),
    ('42 + 1/exp(1000)', '43', '', False),
    ('pt^gamma', 'exp(gamma*log(pt))', 'pt in (0, 1), gamma in [0, 50]', True),
    ('(1-pt)^gamma*log(pt)', '(1-pt)^gamma*log(pt)*(1 + 1e-6)', 'pt in (0, 1), gamma in [0, 50]', False),
]

# Removable singularities: equal except at isolated points
rem = [
    ('(x^2 - 1)/(x - 1)', 'x + 1', 'x in [-2, 2]', True),
    ('(x^2 - 4)/(x + 2)', 'x - 2', 'x in [-3, 3]', True),
    ('x/x', '1', 'x in [-1, 1]', True),
    ('sin(x)/x', 'sin(x)/x', 'x in [-1, 1]', True),
    ('(exp(x) - 1)/x', 'expm1(x)/x', 'x in [-1, 1]', True),
    ('x^2/x', 'x', 'x in [-5, 5]', True),
    ('(x^3 - x)/(x^2 - 1)', 'x', 'x in [-2, 2]', True),
    ('(1 - pt)/(1 - pt)', '1', 'pt in [0, 1]', True),
    ('pt*(1 - pt)/pt', '1 - pt', 'pt in [0, 1]', True),
    ('(x^2 - 1)/(x - 1)', 'x - 1', 'x in [-2, 2]', False),
    ('x^2/x', 'abs(x)', 'x in [-5, 5]', False),
    ('(x^2 - 4)/(x + 2)', 'x + 2', 'x in [-3, 3]', False),
    ('sigmoid(x)*(1-sigmoid(x))/(sigmoid(x)*sigmoid(-x))', '1', 'x in [-50, 50]', True),
    ('tan(x)*cos(x)', 'sin(x)', 'x in [-1.5, 1.5]', True),
]

# Typical mistakes in derivatives and algebra
mist = [
    ('d', 'd', '', None),
    ('(1-pt)^gamma', '1-pt^gamma', '', False),
    ('log(a+b)', 'log(a)+log(b)', 'a in (0, 2], b in (0, 2]', False),
    ('log(a*b)', 'log(a)*log(b)', 'a in (0, 2], b in (0, 2]', False),
    ('exp(a+b)', 'exp(a)+exp(b)', '', False),
    ('exp(a+b)', 'exp(a)*exp(b)', '', True),
    ('(a+b)^2', 'a^2+b^2', '', False),
    ('(a+b)^2', 'a^2+2*a*b+b^2', '', True),
    ('sqrt(a^2+b^2)', 'a+b', 'a in [0, 2], b in [0, 2]', False),
    ('1/(a+b)', '1/a+1/b', 'a in [1, 2], b in [1, 2]', False),
    ('-log(pt)', '1/pt', '', False),
    ('gamma*(1-pt)^(gamma-1)', 'gamma*(1-pt)^gamma', '', False),
    ('gamma*(1-pt)^(gamma-1)', '(gamma-1)*(1-pt)^(gamma-1)', '', False),
    ('-1/pt', '1/pt', '', False),
    ('pt*(1-pt)', 'pt - pt^2', '', True),
    ('pt*(1-pt)', 'pt - pt', '', False),
    ('sigmoid(-x)', '-sigmoid(x)', '', False),
    ('softplus(-x)', '-softplus(x)', '', False),
    ('log(sigmoid(x))', 'sigmoid(log(x))', 'x in (0, 5]', False),
    ('exp(-x^2)', 'exp(-x)^2', '', False),
    ('exp(-x^2)', 'exp(x^2)^-1', '', True),
    ('exp(-x)^2', 'exp(-2*x)', '', True),
    ('2^(x+1)', '2*2^x', '', True),
    ('2^(x+1)', '2^x+1', '', False),
    ('x^(a*b)', '(x^a)^b', 'x in (0, 3], a in [-2, 2], b in [-2, 2]', True),
    ('x^(a+b)', 'x^a*x^b', 'x in (0, 3], a in [-2, 2], b in [-2, 2]', True),
    ('x^(a+b)', 'x^a+x^b', 'x in (0, 3], a in [-2, 2], b in [-2, 2]', False),
    ('log(x^a)', 'a*log(x)', 'x in (0, 3], a in [-2, 2]', True),
    ('log(x^a)', 'log(x)^a', 'x in (1, 3], a in [-2, 2]', False),
    ('alpha*pt + (1-alpha)*(1-pt)', 'alpha*pt + 1 - alpha - pt + alpha*pt', '', True),
    ('alpha*pt + (1-alpha)*(1-pt)', '2*alpha*pt - alpha - pt + 1', '', True),
    ('alpha*pt + (1-alpha)*(1-pt)', 'alpha*pt + (1-alpha)*pt', '', False),
    ('(1 - pt)**gamma', '(1-pt)^gamma', '', True),
    ('pt·(1 − pt)', 'pt*(1-pt)', '', True),
    ('cos(x)', 'sin(x + pi/2)', '', True),
    ('cos(x)', 'sin(x - pi/2)', '', False),
    ('sin(2*x)', '2*sin(x)*cos(x)', '', True),
    ('sin(2*x)', '2*sin(x)', '', False),
    ('max(a, b)', '(a + b + abs(a - b))/2', '', True),
    ('min(a, b)', '(a + b - abs(a - b))/2', '', True),
    ('min(a, b)', '(a + b + abs(a - b))/2', '', False),
    ('max(a, b)', '-min(-a, -b)', '', True),
    ('relu(x)^2', 'x*relu(x)', '', True),
    ('relu(x)^2', 'x^2', '', False),
    ('sign(x)', 'x/abs(x)', 'x in (0, 5]', True),
    ('abs(x)', 'x*sign(x)', '', True),
    ('1/(1+exp(-x))', '(1+tanh(x/2))/2', 'x in [-30, 30]', True),
    ('1/(1+exp(-x))', '(1+tanh(x))/2', 'x in [-30, 30]', False),
    ('log(cosh(x))', 'x + softplus(-2*x) - log(2)', 'x in [-30, 30]', True),
    ('log(cosh(x))', 'abs(x)', 'x in [-30, 30]', False),
]
# A second set, written against the same categories: focal loss and its gradient in more written
# forms (logits, y = 0, pt from p and y), BCE with logits, log-sum-exp with shifts, tanh/sigmoid,
# GELU, piecewise identities, log and power rules that hold on part of a domain, near-misses,
# large and tiny magnitudes, removable singularities and typical mistakes. Labelled the same way.
ml2 = [
    ('-(1-p)^gamma*log(p)', '(1-p)^gamma*log1p((1-p)/p)', '', True),
    ('-(1-p)^gamma*log(p)', '-(1-p)^gamma*(logit(p) + log(1-p))', '', True),
    ('y*p + (1-y)*(1-p)', '(2*y-1)*p + 1 - y', 'y in [0, 1]', True),
    ('alpha*y + (1-alpha)*(1-y)', '1 - alpha - y + 2*alpha*y', 'y in [0, 1]', True),
    ('(1-sigmoid(x))^gamma*(gamma*sigmoid(x)*log(sigmoid(x)) + sigmoid(x) - 1)', 'sigmoid(-x)^gamma*(gamma*sigmoid(x)*logsigmoid(x) - sigmoid(-x))', 'x in [-40, 40]', True),
    ('(1-p)^gamma*(gamma*p*log(p) + p - 1)', 'gamma*p*(1-p)^gamma*log(p) - (1-p)^(gamma+1)', '', True),
    ('gamma*(1-p)^(gamma-1)*p*(1-p)*log(p) - (1-p)^gamma*(1-p)', '(1-p)^gamma*(gamma*p*log(p) - (1-p))', 'gamma in [1, 5]', True),
    ('(1-p)^gamma*(gamma*p*log(p) + p - 1)', '-(1-p)^(gamma+1)*(1 + gamma*p*log(1/p)/(1-p))', '', True),
    ('max(x, 0) - x*y + log(1 + exp(-abs(x)))', 'softplus(x) - x*y', 'x in [-1000, 1000], y in [0, 1]', True),
    ('max(x, 0) - x*y + log(1 + exp(-abs(x)))', '(1-y)*x + softplus(-x)', 'x in [-1000, 1000], y in [0, 1]', True),
    ('relu(x) - x*y + softplus(-abs(x))', 'y*softplus(-x) + (1-y)*softplus(x)', 'x in [-300, 300], y in [0, 1]', True),
    ('log(exp(a) + exp(b))', 'a + softplus(b - a)', 'a in [-1000, 1000], b in [-1000, 1000]', True),
    ('exp(a - b)/(1 + exp(a - b))', 'exp(a)/(exp(a) + exp(b))', 'a in [-30, 30], b in [-30, 30]', True),
    ('a - log(exp(a) + exp(b))', '-softplus(b - a)', 'a in [-1000, 1000], b in [-1000, 1000]', True),
    ('log(exp(a) + exp(b) + exp(c))', 'c + log(exp(a - c) + exp(b - c) + 1)', 'a in [-300, 300], b in [-300, 300], c in [-300, 300]', True),
    ('exp(a)/(exp(a) + exp(b) + exp(c))', 'exp(a - m)/(exp(a - m) + exp(b - m) + exp(c - m))', 'a in [-20, 20], b in [-20, 20], c in [-20, 20], m in [-50, 50]', True),
    ('exp(a)/(exp(a)+exp(b)+exp(c))', '1/(1 + exp(b - a) + exp(c - a))', 'a in [-700, 700], b in [-700, 700], c in [-700, 700]', True),
    ('tanh(x/2)', '2*sigmoid(x) - 1', 'x in [-40, 40]', True),
    ('sigmoid(x)', '(1 + tanh(x/2))/2', 'x in [-1000, 1000]', True),
    ('tanh(x)', '1 - 2*sigmoid(-2*x)', 'x in [-300, 300]', True),
    ('1 - tanh(x)^2', '4*sigmoid(2*x)*sigmoid(-2*x)', 'x in [-20, 20]', True),
    ('sigmoid(x)*(1 - sigmoid(x))', '1/(2 + exp(x) + exp(-x))', 'x in [-700, 700]', True),
    ('softplus(x)', 'x/2 + log(2*cosh(x/2))', 'x in [-300, 300]', True),
    ('sigmoid(-x)', '1 - sigmoid(x)', 'x in [-30, 30]', True),
    ('logsigmoid(x) - logsigmoid(-x)', 'x', 'x in [-1000, 1000]', True),
    ('logit(p)', 'log(p) - log1p(-p)', '', True),
    ('logit(p)', '-log(1/p - 1)', '', True),
    ('0.5*x*(1 + erf(x/sqrt(2)))', 'x - 0.5*x*(1 - erf(x/sqrt(2)))', 'x in [-8, 8]', True),
    ('0.5*x*(1 + erf(x*0.7071067811865476))', 'x*(1 + erf(x/sqrt(2)))/2', 'x in [-8, 8]', True),
    ('0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3)))', 'x*sigmoid(2*sqrt(2/pi)*(x + 0.044715*x^3))', 'x in [-10, 10]', True),
    ('erf(-x)', '-erf(x)', 'x in [-6, 6]', True),
    ('clamp(x, 0, 1)', 'relu(x) - relu(x - 1)', '', True),
    ('min(x, 1)', 'x - relu(x - 1)', '', True),
    ('abs(x)', 'relu(x) + relu(-x)', '', True),
    ('abs(x)', 'max(x, -x)', '', True),
    ('sign(x)*relu(x)', 'relu(x)', '', True),
    ('clip(x, -1, 1)', 'max(-1, min(1, x))', '', True),
    ('clip(x, a, b)', 'min(max(x, a), b)', 'a in [-3, -1], b in [1, 3]', True),
    ('max(a, b) + min(a, b)', 'a + b', '', True),
    ('max(a, b)*min(a, b)', 'a*b', '', True),
    ('relu(x) + min(x, 0)', 'x', '', True),
    ('abs(abs(x) - 1)', 'max(1 - abs(x), abs(x) - 1)', '', True),
    ('sign(x)*abs(x)^0.5', 'x/sqrt(abs(x))', 'x in (0, 5]', True),
    ('relu(x)', 'x*(sign(x) + 1)/2', '', True),
    ('max(pt, 1-pt)', '0.5 + abs(pt - 0.5)', '', True),
]
dom2 = [
    ('log(a*b)', 'log(a) + log(b)', 'a in [-3, -1], b in [-3, -1]', False),
    ('log(abs(a*b))', 'log(abs(a)) + log(abs(b))', 'a in [-3, 3], b in [-3, 3]', True),
    ('log(a/b)', 'log(a) - log(b)', 'a in (0, 3], b in (0, 3]', True),
    ('log(a/b)', 'log(a) - log(b)', 'a in [-3, -0.5], b in [-3, -0.5]', False),
    ('log(x^2)', '2*log(-x)', 'x in [-3, -0.5]', True),
    ('sqrt(x^2)', '-x', 'x in [-5, 0]', True),
    ('sqrt(x^2)', 'x', 'x in [-5, 0]', False),
    ('(x^2)^1.5', 'abs(x)^3', 'x in [-2, 2]', True),
    ('(x^2)^1.5', 'x^3', 'x in [-2, 2]', False),
    ('(x^2)^1.5', 'x^3', 'x in [0, 2]', True),
    ('x^3', 'x*x*x', 'x in [-5, 5]', True),
    ('(-x)^3', '-x^3', 'x in [-5, 5]', True),
    ('x^(-2)', '1/x^2', 'x in [-2, 2]', True),
    ('(x^2)^0.5', 'x', 'x in [-1, 0]', False),
    ('x^4', '(x^2)^2', 'x in [-3, 3]', True),
    ('exp(0.5*log(x^2))', 'abs(x)', 'x in [-3, 3]', True),
    ('exp(2*log(x))', 'x^2', 'x in [-3, 3]', False),
    ('exp(2*log(x))', 'x^2', 'x in (0, 3]', True),
    ('sqrt(pt)*sqrt(1-pt)', 'sqrt(pt - pt^2)', 'pt in [0, 1]', True),
    ('sqrt(x)*sqrt(x)', 'x', 'x in [-1, 1]', False),
    ('log(sigmoid(x)/(1-sigmoid(x)))', 'x', 'x in [-30, 30]', True),
    ('log(-x)', 'log(abs(x))', 'x in [-5, -0.1]', True),
    ('log(-x)', 'log(abs(x))', 'x in [-5, 5]', False),
    ('sqrt(1 - x)/sqrt(1 + x)', 'sqrt((1 - x)/(1 + x))', 'x in (-1, 1]', True),
    ('sqrt(a)/sqrt(b)', 'sqrt(a/b)', 'a in [-2, 2], b in [-2, -0.5]', False),
    ('log1p(x)', 'log(1+x)', 'x in [-0.5, 10]', True),
    ('log(x)', 'log(x, e)', 'x in (0, 10]', True),
    ('log(1-pt)', '-softplus(logit(pt))', 'pt in (0, 1)', True),
    ('log(pt)', 'logsigmoid(logit(pt))', 'pt in (0, 1)', True),
    ('x^(1/3)', '(x^2)^(1/6)', 'x in [0, 8]', True),
    ('x^(2/3)', '(x^2)^(1/3)', 'x in [-8, 8]', False),
    ('x^0', '1', 'x in [-1, 1]', True),
    ('0^gamma', '0', 'gamma in (0, 5]', True),
    ('0^gamma', '0', 'gamma in [0, 5]', False),
    ('(1-pt)^gamma', '1', 'pt in (0, 1), gamma in [0, 0]', True),
    ('abs(x)/x', 'sign(x)', 'x in [-5, -0.1]', True),
    ('sign(x)^2', '1', 'x in [-1, 1]', False),
    ('sign(x)^2', '1', 'x in (0, 1]', True),
    ('-log(pt)', '-log(max(pt, 0))', 'pt in (0, 1)', True),
]
miss2 = [
    ('0.999*x', 'x', '', False),
    ('(1-pt)^gamma', '(1-pt)^(gamma + 1e-6)', '', False),
    ('log(1e-15 + pt)', 'log(pt)', 'pt in (0, 1)', False),
    ('-log(pt + 1e-7)', '-log(pt)', '', False),
    ('log(max(pt, 1e-7))', 'log(pt)', 'pt in (0, 1)', False),
    ('log(clip(pt, 1e-12, 1))', 'log(pt)', 'pt in (0, 1)', False),
    ('log(clip(pt, 1e-12, 1 - 1e-12))', 'log(pt)', 'pt in [0.5, 1)', False),
    ('sigmoid(x)', '1/(1 + exp(-1.0001*x))', '', False),
    ('tanh(x)', '2*sigmoid(2*x) - 1 + 1e-12', 'x in [-20, 20]', False),
    ('exp(x)', 'exp(x)*(1 + 1e-8)', 'x in [-1000, 1000]', False),
    ('exp(x)', 'exp(x)*(1 + 1e-12)', 'x in [-1000, 1000]', True),
    ('x + 1e-3*relu(0.001 - abs(x - 0.3))', 'x', '', False),
    ('x + max(0, 1e-3 - abs(x + 7.77))', 'x', '', False),
    ('x*y + 1e-3*relu(0.001 - abs(x - 0.3))', 'x*y', 'y in [1, 2]', False),
    ('min(x, 0.5)', 'x', 'x in [-1, 0.501]', False),
    ('abs(x - 1e-6)', 'abs(x)', 'x in [-1, 1]', False),
    ('0.25*(1-pt)^2*log(pt)', '0.250001*(1-pt)^2*log(pt)', '', False),
    ('-alpha*(1-pt)^gamma*log(pt)', '-alpha*(1-pt)^gamma*log(pt)*(1 - 1e-7)', '', False),
    ('softplus(x)', 'log(1 + exp(x)) + 1e-9*exp(-x^2)', 'x in [-30, 30]', False),
    ('(1 - pt)^gamma*log(pt)', '(1.0000001 - pt)^gamma*log(pt)', '', False),
    ('erf(x)', 'tanh(1.2*x)', 'x in [-3, 3]', False),
    ('x*sigmoid(1.702*x)', '0.5*x*(1 + erf(x/sqrt(2)))', 'x in [-6, 6]', False),
    ('0.5*x*(1 + tanh(sqrt(2/pi)*(x + 0.044715*x^3)))', '0.5*x*(1 + erf(x/sqrt(2)))', 'x in [-6, 6]', False),
    ('sigmoid(x)', 'sigmoid(x)*(1 + 1e-6)', 'x in [-1000, -900]', False),
    ('exp(-x^2)', '0', 'x in [30, 40]', False),
    ('exp(-x)', '0', 'x in [800, 1000]', False),
    ('pt^gamma', 'pt^(gamma*1.000001)', 'pt in (0, 1), gamma in [1, 5]', False),
]
big2 = [
    ('softplus(x)', 'log(1 + exp(x))', 'x in [-1000, 1000]', True),
    ('log(exp(x) + exp(-x))', 'abs(x) + log1p(exp(-2*abs(x)))', 'x in [-1000, 1000]', True),
    ('log(sigmoid(x))', 'x - softplus(x)', 'x in [-1000, 1000]', True),
    ('x*1e-300', 'x/1e300', 'x in [1, 10]', True),
    ('(x*1e-200)^2', 'x^2*1e-200*1e-200', 'x in [1, 10]', True),
    ('x^2', 'x*x', 'x in [1e-200, 1e-100]', True),
    ('log(x)', 'log(x*1e10) - 10*log(10)', 'x in [1e-300, 1e-290]', True),
    ('exp(x)/(exp(x) + 1)', '1 - 1/(1 + exp(x))', 'x in [-30, 30]', True),
    ('exp(x)/(exp(x) + 1)', '1/(1 + exp(-x))', 'x in [-1000, 1000]', True),
    ('x^gamma', 'exp(gamma*log(x))', 'x in [1e6, 1e9], gamma in [0, 30]', True),
    ('(1 - sigmoid(x))^gamma', 'sigmoid(-x)^gamma', 'x in [-1000, 1000], gamma in [0, 5]', True),
    ('log(1 + exp(x)) - x', 'log(1 + exp(-x))', 'x in [-30, 30]', True),
    ('cosh(x)', '(exp(x) + exp(-x))/2', 'x in [-700, 700]', True),
    ('sinh(x)/cosh(x)', 'tanh(x)', 'x in [-700, 700]', True),
    ('exp(x)*1e-300', 'exp(x - 690.7755278982137)', 'x in [0, 700]', True),
    ('1e300*x', '1e300*x + 1e290', 'x in [1, 10]', True),
    ('1e300*x', '1e300*x + 1e292', 'x in [1, 10]', False),
    ('sigmoid(x)', 'exp(x)', 'x in [-1000, -40]', True),
    ('sigmoid(x)', 'exp(x)', 'x in [-1000, -10]', False),
    ('sigmoid(x)', 'exp(x)', 'x in [-1000, -100]', True),
    ('log(1 + exp(-x))', 'exp(-x)', 'x in [40, 700]', True),
    ('log(1 + exp(-x))', 'exp(-x)', 'x in [5, 700]', False),
    ('logsigmoid(-x)', '-x', 'x in [100, 1000]', True),
    ('logsigmoid(-x)', '-x', 'x in [10, 1000]', False),
    ('x + 1', 'x', 'x in [1e15, 1e16]', True),
    ('x + 1e7', 'x', 'x in [1e15, 1e16]', False),
    ('sin(x)^2 + cos(x)^2', '1', 'x in [-1000, 1000]', True),
    ('tanh(x)', 'sign(x)', 'x in [-1000, -40]', True),
    ('1 - tanh(x)', '2/(1 + exp(2*x))', 'x in [-300, 300]', True),
]
rem2 = [
    ('x/x', 'sign(x)^2', 'x in [-1, 1]', False),
    ('abs(x)/x', 'sign(x)', 'x in [-1, 1]', False),
    ('sin(x)/x', '1', 'x in [-1, 1]', False),
    ('(exp(x) - 1)/x', 'expm1(x)/x', 'x in [-5, 5]', True),
    ('(1 - cos(x))/x^2', '2*sin(x/2)^2/x^2', 'x in [-2, 2]', True),
    ('(1 - cos(x))/x^2', '0.5', 'x in [-2, 2]', False),
    ('x/sin(x)', '1/(sin(x)/x)', 'x in [-1, 1]', True),
    ('log(1 + x)/x', 'log1p(x)/x', 'x in (-1, 1]', True),
    ('(sqrt(1 + x) - 1)/x', '1/(sqrt(1 + x) + 1)', 'x in [-1, 1]', True),
    ('(sigmoid(x) - 0.5)/x', 'tanh(x/2)/(2*x)', 'x in [-3, 3]', True),
    ('(x^3 - 8)/(x - 2)', 'x^2 + 2*x + 4', 'x in [0, 4]', True),
    ('(x^3 - 8)/(x - 2)', 'x^2 + 2*x + 2', 'x in [0, 4]', False),
    ('(pt - pt^2)/(1 - pt)', 'pt', 'pt in [0, 1]', True),
    ('(1 - (1-pt)^2)/pt', '2 - pt', 'pt in [0, 1]', True),
    ('(exp(2*x) - 1)/(exp(x) - 1)', 'exp(x) + 1', 'x in [-3, 3]', True),
    ('tanh(x)/x', 'sinh(x)/(x*cosh(x))', 'x in [-2, 2]', True),
    ('expm1(x)/x', '1', 'x in [-1, 1]', False),
    ('x*log(x)', 'log(x^x)', 'x in (0, 2]', True),
    ('(x^2 - 1)/(x - 1)', 'x + 1', 'x in [0.5, 1.5]', True),
    ('(x^2 + x)/x', 'x + 1', 'x in [-1, 1]', True),
]
mist2 = [
    ('(1-p)^gamma*(gamma*p*log(p) + p - 1)', 'gamma*(1-p)^(gamma-1)*p*log(p) - (1-p)^gamma', '', False),
    ('(1-p)^gamma*(gamma*p*log(p) + p - 1)', 'gamma*(1-p)^(gamma-1)*log(p) - (1-p)^gamma/p', '', False),
    ('(1-p)^gamma*(gamma*p*log(p) + p - 1)', '(1-p)^gamma*(-gamma*p*log(p) + p - 1)', '', False),
    ('(1-p)^gamma*(gamma*p*log(p) + p - 1)', '(1-p)^(gamma-1)*(gamma*p*log(p) + p - 1)', '', False),
    ('gamma*(1-pt)^(gamma-1)*log(pt) - (1-pt)^gamma/pt', 'gamma*(1-pt)^gamma*log(pt) - (1-pt)^gamma/pt', '', False),
    ('gamma*(1-pt)^(gamma-1)*log(pt) - (1-pt)^gamma/pt', '-gamma*(1-pt)^(gamma-1)*log(pt) - (1-pt)^gamma/pt', '', False),
    ('-alpha*(1-sigmoid(x))^gamma*log(sigmoid(x))', '-alpha*(1-sigmoid(x))^gamma*log(1-sigmoid(x))', '', False),
    ('-alpha*(1-sigmoid(x))^gamma*log(sigmoid(x))', 'alpha*sigmoid(x)^gamma*softplus(-x)', '', False),
    ('-alpha*(1-sigmoid(x))^gamma*log(sigmoid(x))', 'alpha*sigmoid(-x)^gamma*softplus(x)', '', False),
    ('-(1-(y*p+(1-y)*(1-p)))^gamma*log(y*p+(1-y)*(1-p))', '-(y*(1-p)^gamma*log(p) + (1-y)*p^gamma*log(1-p))', 'y in [0, 1]', False),
    ('max(x, 0) - x*y + log(1 + exp(-abs(x)))', 'max(x, 0) - x*y + log(1 + exp(-x))', 'y in [0, 1]', False),
    ('max(x, 0) - x*y + log(1 + exp(-abs(x)))', 'max(x, 0) + x*y + log(1 + exp(-abs(x)))', 'y in [0, 1]', False),
    ('max(x, 0) - x*y + log(1 + exp(-abs(x)))', 'abs(x) - x*y + log(1 + exp(-abs(x)))', 'y in [0, 1]', False),
    ('log(exp(a) + exp(b))', 'max(a, b)', 'a in [-5, 5], b in [-5, 5]', False),
    ('log(exp(a) + exp(b))', 'max(a, b) + log(2)', 'a in [-5, 5], b in [-5, 5]', False),
    ('log(exp(a) + exp(b))', 'max(a, b) + log(1 + exp(abs(a - b)))', 'a in [-5, 5], b in [-5, 5]', False),
    ('exp(a)/(exp(a) + exp(b))', 'sigmoid(b - a)', 'a in [-5, 5], b in [-5, 5]', False),
    ('tanh(x/2)', 'sigmoid(x) - 0.5', '', False),
    ('tanh(x/2)', '2*sigmoid(x/2) - 1', '', False),
    ('1 - tanh(x)^2', '4*sigmoid(x)*sigmoid(-x)', '', False),
    ('sigmoid(x)*(1 - sigmoid(x))', '1/(4*cosh(x)^2)', '', False),
    ('0.5*x*(1 + erf(x/sqrt(2)))', '0.5*(1 + erf(x/sqrt(2)))', '', False),
    ('clamp(x, 0, 1)', 'relu(x) - relu(x + 1)', '', False),
    ('min(x, 1)', 'x + relu(x - 1)', '', False),
    ('abs(x)', 'relu(x) - relu(-x)', '', False),
    ('max(a, b)', '(a + b - abs(a - b))/2', '', False),
    ('log(a*b)', 'log(a)*log(b)', 'a in [1, 3], b in [1, 3]', False),
    ('sigmoid(x)*(1 - sigmoid(x))', 'sigmoid(x)*(1 + sigmoid(x))', '', False),
    ('softplus(x)', 'log(1 + exp(-x))', '', False),
    ('expm1(x)/x', 'exp(x)/x', 'x in [-2, 2]', False),
    ('log1p(-pt)', '-log1p(pt)', '', False),
    ('(1-pt)^gamma', '1 - gamma*pt', '', False),
    ('-log(sigmoid(x))', 'log(1 + exp(x))', '', False),
    ('logit(p)', 'log(p)/log(1-p)', '', False),
    ('2*sigmoid(2*x) - 1', 'tanh(2*x)', '', False),
    ('sqrt(x^2 + y^2)', 'abs(x) + abs(y)', '', False),
    ('x^(gamma+1)/(gamma+1)', 'x^gamma/gamma', 'x in (0, 2], gamma in [1, 5]', False),
]
# Terms that cancel exactly (every literal read as written: 1e20 is 10^20), against 0 or a small rest.
cancel = [
    ('(x+1)^2 - x^2 - 2*x - 1', '0', '', True),
    ('2*x - x - x', '0', '', True),
    ('(a+b)^3 - a^3 - 3*a^2*b - 3*a*b^2 - b^3', '0', 'a in [-3, 3], b in [-3, 3]', True),
    ('(x^2 - 1)/(x - 1) - x', '1', 'x in [2, 5]', True),
    ('max(x, 0) - relu(x)', '0', '', True),
    ('x*(1 - x) - x + x^2', '0', '', True),
    ('(1e20 + x)^2 - 1e40 - 2e20*x', 'x^2', '', True),
    ('(1e20 + x)^2 - 1e40 - 2e20*x', '0', '', False),
    ('(x+1)^2 - x^2 - 2*x', '0', '', False),
    ('(x + 1e-30)^2 - x^2 - 2e-30*x', '2e-60', '', False),
]

# Cancellations to 0 through transcendental functions, and ones that leave a small rest.
cancel2 = [
    ('sigmoid(x) + sigmoid(-x) - 1', '0', '', True),
    ('sin(x)^2 + cos(x)^2 - 1', '0', '', True),
    ('tanh(x) - 2*sigmoid(2*x) + 1', '0', '', True),
    ('cosh(x)^2 - sinh(x)^2 - 1', '0', 'x in [-5, 5]', True),
    ('log(sigmoid(x)) - log(sigmoid(-x)) - x', '0', '', True),
    ('softplus(x) - softplus(-x) - x', '0', '', True),
    ('sigmoid(x) + sigmoid(-x) - 1 + 1e-30*x', '0', '', False),
    ('sin(x)^2 + cos(x)^2 - 1', '1e-40', '', False),
    ('1 - tanh(x)', '0', 'x in [30, 300]', False),
    ('sigmoid(x) + sigmoid(-x) - 1', 'exp(-x^2-100)', '', False),
]

# Removable singularities of a difference that cancels to 0 around the point.
rem3 = [
    ('(x^2 - 1)/(x - 1) - (x + 1)', '0', 'x in [-2, 2]', True),
    ('x/x - 1', '0', 'x in [-1, 1]', True),
    ('1/x - 1/x', '0', 'x in [-1, 1]', True),
    ('abs(x)/x - sign(x)', '0', 'x in [-1, 1]', True),
    ('x/x - 1', 'sign(x)^2 - 1', 'x in [-1, 1]', False),
]

# Differences confined to a point or a sliver that random sampling misses: confirmed at this point.
WITNESS = {
    ('x/x', 'sign(x)^2', 'x in [-1, 1]'): {'x': '0'},
    ('log(max(pt, 1e-300))', 'log(pt)', ''): {'pt': '1e-310'},
    ('x/x - 1', 'sign(x)^2 - 1', 'x in [-1, 1]'): {'x': '0'},
    ('abs(x)/x', 'sign(x)', 'x in [-1, 1]'): {'x': '0'},
    ('sign(x)^2', '1', 'x in [-1, 1]'): {'x': '0'},
    ('tanh(x)', '2*sigmoid(2*x) - 1 + 1e-12', 'x in [-20, 20]'): {'x': '0'},
    ('x + 1e-3*relu(0.001 - abs(x - 0.3))', 'x', ''): {'x': '0.3'},
    ('x + max(0, 1e-3 - abs(x + 7.77))', 'x', ''): {'x': '-7.77'},
    ('x*y + 1e-3*relu(0.001 - abs(x - 0.3))', 'x*y', 'y in [1, 2]'): {'x': '0.3', 'y': '1'},
}

# Every table above, as (a, b, where, equivalent, category); a pair labelled None is left out.
CATEGORIES = [('ml-form', ml), ('near-miss', [(a, b, w, False) for a, b, w in miss]), ('domain', dom),
              ('large-magnitude', big), ('removable', rem), ('mistake', mist)]
CATEGORIES += [('ml-form', ml2), ('near-miss', miss2), ('domain', dom2), ('large-magnitude', big2), ('removable', rem2),
               ('mistake', mist2), ('large-magnitude', cancel), ('removable', rem3), ('large-magnitude', cancel2)]
P = [(a, b, w, eq, cat) for cat, table in CATEGORIES for a, b, w, eq in table if eq is not None]

def main():
    out = []
    bad = []
    for a, b, where, eq, cat in P:
        confirmed, scope = confirm(a, b, where)
        if confirmed and (a, b, where) in WITNESS:
            scope = {n: mp.mpf(v) for n, v in WITNESS[(a, b, where)].items()}
            va, vb = evaluate(a, scope), evaluate(b, scope)
            confirmed = (va is None) == (vb is None) and (va is None or abs(va - vb) <= mp.mpf('1e-9') * max(abs(va), abs(vb)))
        if confirmed != eq:
            bad.append((a, b, where, eq, {k: mp.nstr(v, 20) for k, v in (scope or {}).items()}))
        out.append({'a': a, 'b': b, 'where': where, 'equivalent': eq, 'category': cat})
    if bad:
        for item in bad: print('LABEL NOT CONFIRMED:', item, file=sys.stderr)
        sys.exit(1)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    print()
    print(f'{len(out)} pairs, {sum(1 for p in out if p["equivalent"])} equivalent', file=sys.stderr)


if __name__ == '__main__':
    main()
