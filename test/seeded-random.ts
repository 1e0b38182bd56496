// The one seeded PRNG (src/train/seeded-random.ts), for generated test and bench input.
export { seededRandom } from '../src/train/seeded-random';
