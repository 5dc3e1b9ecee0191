// Seeded randomness for the scale generator: the same seed gives the same federation.

/** mulberry32: a small, fast 32-bit generator; numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Union sizes skewed like real enterprises: most unions small, a few very large (a Pareto tail, α = 1.1), each
 * between `min` and `max` members, summing exactly to `total`. Raw Pareto draws are scaled (bisection on the factor)
 * so their clamped sum is the total; rounding leftovers go to the largest unions that still have room.
 */
export function unionSizes(random: () => number, unions: number, total: number, min = 20, max = 20_000): number[] {
  const lo = Math.min(min, Math.floor(total / unions));
  if (total > unions * max) {
    throw new Error(`${total} đoàn viên không xếp vừa ${unions} công đoàn (tối đa ${max} mỗi công đoàn)`);
  }
  const raw = Array.from({ length: unions }, () => (1 - random()) ** (-1 / 1.1) - 1);
  const sizesFor = (k: number) => raw.map((w) => Math.min(max, Math.max(lo, Math.round(lo + w * k))));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let a = 0;
  let b = 1;
  while (sum(sizesFor(b)) < total) {
    b *= 2;
  }
  for (let i = 0; i < 60; i += 1) {
    const mid = (a + b) / 2;
    if (sum(sizesFor(mid)) < total) {
      a = mid;
    } else {
      b = mid;
    }
  }
  const sizes = sizesFor(a);
  let rest = total - sum(sizes);
  const order = sizes.map((s, i) => [s, i] as const).sort((x, y) => y[0] - x[0]).map(([, i]) => i);
  for (let j = 0; rest !== 0; j = (j + 1) % unions) {
    const i = order[j];
    if (rest > 0 && sizes[i] < max) {
      sizes[i] += 1;
      rest -= 1;
    } else if (rest < 0 && sizes[i] > lo) {
      sizes[i] -= 1;
      rest += 1;
    }
  }
  return sizes;
}
