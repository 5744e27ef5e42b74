/**
 * createRandom: a small seeded PRNG (mulberry32), shared by model training (shuffling) and the
 * archive benchmark's article generator, so runs are deterministic given a seed.
 */

/** Mulberry32: returns a function giving numbers in [0, 1), the same sequence for the same seed. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
