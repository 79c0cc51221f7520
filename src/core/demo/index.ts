// The demo consortium (fictional): reference data with history, and generated records and returns
// for tests and benches. Deterministic: seeded, no clock, no randomness from the platform.
export * from './demoReferenceData';
export * from './demoRecords';
export { mulberry32, seedFrom, splitTotal, type Rng } from './prng';
export { DEMO_HISTORY_QUARTERS } from './history';
export { DEMO_PROFILED_QUARTERS, DEMO_FINANCIAL_YEARS } from './profiles';
export * from './demoReturn60';
