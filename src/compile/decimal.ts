// Exact decimal arithmetic for SLO math (targets, budgets, burn rates): a value is an integer mantissa with a
// decimal scale, so 100 − 99.9 is 0.1 and 2% × 720h / 1h is 14.4, never 0.0999999 or 14.399999. BigInt keeps it
// exact at any size; nothing here is heavy enough to matter on the compile path.

/** `mantissa × 10^-scale`, e.g. 14.4 = { mantissa: 144n, scale: 1 }. */
export interface Decimal {
  readonly mantissa: bigint;
  readonly scale: number;
}

/**
 * A decimal from a number or decimal string. Numbers are read through their shortest round-trip text (`String(n)`),
 * which is exactly what the user wrote for literals such as 99.9 or 14.4.
 */
export function dec(value: number | string | Decimal): Decimal {
  if (typeof value === 'object') return value;
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = typeof value === 'number' ? expandExponent(String(value)) : value.trim();
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`not a decimal: ${text}`);
  const frac = m[3] ?? '';
  return trim({ mantissa: BigInt(`${m[1]}${m[2] || '0'}${frac}`), scale: frac.length });
}

/** Digits after the decimal point, as the user wrote the number (99.95 → 2, 97 → 0). */
export function decimalPlaces(value: number): number {
  return dec(value).scale;
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return trim({ mantissa: x + y, scale });
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return trim({ mantissa: x - y, scale });
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return trim({ mantissa: a.mantissa * b.mantissa, scale: a.scale + b.scale });
}

/** `a / b` rounded half away from zero to `places` decimals; exact whenever the quotient fits in them. */
export function div(a: Decimal, b: Decimal, places: number): Decimal {
  if (b.mantissa === 0n) throw new RangeError('division by zero');
  // a/b = (ma/10^sa) / (mb/10^sb); scale the numerator so the integer quotient has `places` decimals.
  const shift = places + b.scale - a.scale;
  let num = a.mantissa * (shift >= 0 ? 10n ** BigInt(shift) : 1n);
  let den = b.mantissa * (shift < 0 ? 10n ** BigInt(-shift) : 1n);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const q = num / den;
  const r = num % den;
  const roundAway = 2n * (r < 0n ? -r : r) >= den;
  const mantissa = roundAway ? q + (num < 0n ? -1n : 1n) : q;
  return trim({ mantissa, scale: places });
}

/** True when `a / b` has no more than `places` decimals (nothing was rounded away). */
export function dividesExactly(a: Decimal, b: Decimal, places: number): boolean {
  return cmp(mul(div(a, b, places), b), a) === 0;
}

/** -1, 0 or 1. */
export function cmp(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain decimal text without exponent or trailing zeros: "14.4", "6", "0.001". */
export function toText(d: Decimal): string {
  const negative = d.mantissa < 0n;
  const digits = (negative ? -d.mantissa : d.mantissa).toString().padStart(d.scale + 1, '0');
  const int = digits.slice(0, digits.length - d.scale);
  const frac = digits.slice(digits.length - d.scale);
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/** The JSON number for a decimal: the double whose shortest text is `toText(d)`, so it prints back unchanged. */
export function toNumber(d: Decimal): number {
  return Number(toText(d));
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.mantissa * 10n ** BigInt(scale - a.scale), b.mantissa * 10n ** BigInt(scale - b.scale), scale];
}

function trim(d: Decimal): Decimal {
  let { mantissa, scale } = d;
  while (scale > 0 && mantissa % 10n === 0n) {
    mantissa /= 10n;
    scale--;
  }
  return { mantissa, scale };
}

/** `1e-7` → `0.0000001`, `1.5e+21` → `1500000000000000000000`. */
function expandExponent(text: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = `${m[2]}${m[3] ?? ''}`;
  const point = 1 + Number(m[4]);
  if (point <= 0) return `${m[1]}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${m[1]}${digits}${'0'.repeat(point - digits.length)}`;
  return `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`;
}
